import { inspect } from 'node:util';

/**
 * A mock of a class or interface whose every method fails the test when called without having been
 * stubbed for that call (`mock.method.mockResolvedValueOnce(...)`), so a use case cannot touch its
 * repository in a way the test did not expect.
 */
export function strictMock<T extends object>(name = 'mock'): jest.Mocked<T> {
  const methods = new Map<PropertyKey, jest.Mock>();
  return new Proxy({} as jest.Mocked<T>, {
    get(_target, property) {
      // Not a thenable: awaiting the mock itself must not look like a call.
      if (property === 'then') return undefined;
      let method = methods.get(property);
      if (method === undefined) {
        method = jest.fn((...args: unknown[]) => {
          throw new Error(`Unexpected call ${name}.${String(property)}(${args.map((arg) => inspect(arg)).join(', ')})`);
        });
        methods.set(property, method);
      }
      return method;
    },
  });
}
