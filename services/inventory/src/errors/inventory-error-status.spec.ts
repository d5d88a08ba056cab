import { DomainError } from '@shop/observability';
import { STOCK_ERROR_CODES } from '../stock/domain/stock.errors';
import { inventoryErrorStatus, mapDomainError } from './inventory-error-status';

class SomeError extends DomainError {
  constructor(readonly code: string) {
    super('x');
  }
}

describe(mapDomainError.name, () => {
  it.each([...STOCK_ERROR_CODES])('maps %s to a client error', (code) => {
    const status = inventoryErrorStatus(code);
    expect(status).toBeGreaterThanOrEqual(400);
    expect(status).toBeLessThan(500);
    expect(mapDomainError(new SomeError(code))).toBe(status);
  });

  it.each([
    ['STOCK_ITEM_NOT_FOUND', 404],
    ['INSUFFICIENT_STOCK', 409],
    ['INVALID_SKU', 400],
  ])('maps %s to %i', (code, status) => {
    expect(mapDomainError(new SomeError(code))).toBe(status);
  });

  it('treats a code nobody mapped as a server error', () => {
    expect(mapDomainError(new SomeError('SOMETHING_ELSE'))).toBe(500);
  });
});
