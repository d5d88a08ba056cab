import { describeFailure } from './describe-failure';

describe(describeFailure.name, () => {
  it('names an error by its class and message', () => {
    expect(describeFailure(new TypeError('price is missing'))).toBe('TypeError: price is missing');
  });

  it("reads the message of Nest's RPC error objects", () => {
    expect(describeFailure({ status: 'error', message: 'Internal server error' })).toBe('Internal server error');
  });

  it('stringifies anything else', () => {
    expect(describeFailure('boom')).toBe('boom');
  });
});
