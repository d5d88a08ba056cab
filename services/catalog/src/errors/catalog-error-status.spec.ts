import { DomainError } from '@shop/observability';
import { CATEGORY_ERROR_CODES } from '../categories/domain/category.errors';
import { IMAGE_ERROR_CODES } from '../images/domain/image.errors';
import { PRODUCT_ERROR_CODES } from '../products/domain/product.errors';
import { SHARED_ERROR_CODES } from '../shared/domain/shared.errors';
import { catalogErrorStatus, mapDomainError } from './catalog-error-status';

class SomeError extends DomainError {
  constructor(readonly code: string) {
    super('x');
  }
}

// The one failure that is not the client's: the object store is down.
const SERVER_SIDE_CODES: readonly string[] = ['IMAGE_STORE_UNAVAILABLE'];

describe(mapDomainError.name, () => {
  it.each(
    [...PRODUCT_ERROR_CODES, ...CATEGORY_ERROR_CODES, ...IMAGE_ERROR_CODES, ...SHARED_ERROR_CODES].filter(
      (code) => !SERVER_SIDE_CODES.includes(code),
    ),
  )('maps %s to a client error', (code) => {
    const status = catalogErrorStatus(code);
    expect(status).toBeGreaterThanOrEqual(400);
    expect(status).toBeLessThan(500);
    expect(mapDomainError(new SomeError(code))).toBe(status);
  });

  it.each([
    ['PRODUCT_NOT_FOUND', 404],
    ['SKU_TAKEN', 409],
    ['INVALID_PRICE_RANGE', 400],
    ['CATEGORY_CYCLE', 422],
    ['INVALID_CREDENTIALS', 401],
    ['EMAIL_TAKEN', 409],
    ['ACCOUNT_NOT_FOUND', 401],
    ['INVALID_IMAGE', 400],
    ['TOO_MANY_IMAGES', 409],
    ['PRODUCT_CHANGED_CONCURRENTLY', 409],
    ['IMAGE_STORE_UNAVAILABLE', 503],
  ])('maps %s to %i', (code, status) => {
    expect(mapDomainError(new SomeError(code))).toBe(status);
  });

  it('treats a code nobody mapped as a server error', () => {
    expect(mapDomainError(new SomeError('SOMETHING_ELSE'))).toBe(500);
  });
});
