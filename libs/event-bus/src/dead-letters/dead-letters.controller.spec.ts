import { BadRequestException } from '@nestjs/common';
import { ROLES_KEY } from '@shop/auth';
import type { DeadLetterStore } from './dead-letter-store';
import { DeadLettersController } from './dead-letters.controller';

const rolesOf = (method: keyof DeadLettersController): unknown =>
  Reflect.getMetadata(ROLES_KEY, DeadLettersController.prototype[method]);

describe(DeadLettersController.name, () => {
  it('lets viewers read and only admins redrive', () => {
    expect(rolesOf('list')).toEqual(['admin', 'viewer']);
    expect(rolesOf('redrive')).toEqual(['admin']);
  });

  it('refuses to redrive a queue the service does not consume, before touching SQS', async () => {
    const store = { knows: jest.fn(() => false), redrive: jest.fn() };
    const controller = new DeadLettersController(store as unknown as DeadLetterStore);

    await expect(controller.redrive({ queue: 'elsewhere' })).rejects.toBeInstanceOf(BadRequestException);
    expect(store.redrive).not.toHaveBeenCalled();
  });
});
