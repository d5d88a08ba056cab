import { DomainError } from '@shop/observability';
import { CART_ERROR_CODES } from '../cart/domain/cart.errors';
import { OWNER_ERROR_CODES } from '../cart/domain/owner.errors';
import { cartErrorStatus, mapDomainError } from './cart-error-status';

class SomeError extends DomainError {
  constructor(readonly code: string) {
    super('x');
  }
}

describe(mapDomainError.name, () => {
  it.each([...CART_ERROR_CODES, ...OWNER_ERROR_CODES])('maps %s to its status', (code) => {
    expect(mapDomainError(new SomeError(code))).toBe(cartErrorStatus(code));
  });

  it.each([
    ['CART_ITEM_NOT_FOUND', 404],
    ['CART_NOT_FOUND', 404],
    ['OWNER_REQUIRED', 401],
    ['INVALID_ACCESS_TOKEN', 401],
    ['CUSTOMER_ROLE_REQUIRED', 403],
    ['INVALID_QUANTITY', 400],
    ['PRODUCT_NOT_FOUND', 422],
    ['CURRENCY_MISMATCH', 422],
    ['CATALOG_UNAVAILABLE', 503],
    ['INVALID_MONEY', 500],
  ])('maps %s to %i', (code, status) => {
    expect(mapDomainError(new SomeError(code))).toBe(status);
  });

  it('treats a code nobody mapped as a server error', () => {
    expect(mapDomainError(new SomeError('SOMETHING_ELSE'))).toBe(500);
  });
});
