import { shownStockStatus } from './stock-status';

describe(shownStockStatus.name, () => {
  it('shows what inventory reported', () => {
    expect(shownStockStatus('out-of-stock')).toBe('out-of-stock');
  });

  it('shows unknown while inventory has not reported on the SKU', () => {
    expect(shownStockStatus(undefined)).toBe('unknown');
  });
});
