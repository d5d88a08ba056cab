import { DECORATORS } from '@nestjs/swagger';
import { ApiRoleProtected } from './api-role-protected.decorator';

describe('ApiRoleProtected', () => {
  it('documents the bearer scheme and the 401 and 403 answers on a controller', () => {
    @ApiRoleProtected('The token lacks the admin role')
    class AdminThings {}

    expect(Reflect.getMetadata(DECORATORS.API_SECURITY, AdminThings)).toEqual([{ bearer: [] }]);
    expect(Reflect.getMetadata(DECORATORS.API_RESPONSE, AdminThings)).toMatchObject({
      401: { description: 'No valid bearer token' },
      403: { description: 'The token lacks the admin role' },
    });
  });
});
