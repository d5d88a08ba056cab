import { DomainError } from '@shop/observability';
import { ORDER_ERROR_CODES } from '../orders/domain/order.errors';
import { mapDomainError, orderErrorStatus } from './order-error-status';

class SomeError extends DomainError {
  constructor(readonly code: string) {
    super('x');
  }
}

describe(mapDomainError.name, () => {
  it.each(ORDER_ERROR_CODES.filter((code) => code !== 'CART_UNAVAILABLE'))('maps %s to a client error', (code) => {
    const status = orderErrorStatus(code);
    expect(status).toBeGreaterThanOrEqual(400);
    expect(status).toBeLessThan(500);
    expect(mapDomainError(new SomeError(code))).toBe(status);
  });

  it.each([
    ['ORDER_NOT_FOUND', 404],
    ['ORDER_NOT_CANCELLABLE', 409],
    ['CART_EMPTY', 422],
    ['IDEMPOTENCY_KEY_REUSED', 422],
    ['OWNER_REQUIRED', 401],
    ['CUSTOMER_ROLE_REQUIRED', 403],
    ['CART_UNAVAILABLE', 503],
  ])('maps %s to %i', (code, status) => {
    expect(mapDomainError(new SomeError(code))).toBe(status);
  });

  it('treats a code nobody mapped as a server error', () => {
    expect(mapDomainError(new SomeError('SOMETHING_ELSE'))).toBe(500);
  });
});
