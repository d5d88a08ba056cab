import { availableOf, crossedIntoLowStock, statusChanged, stockStatusOf, type StockLevel } from './stock-level';

const level = (onHand: number, reserved = 0, lowStockThreshold = 5): StockLevel => ({
  onHand,
  reserved,
  lowStockThreshold,
});

describe('stock level', () => {
  it('counts available units as on hand minus reserved', () => {
    expect(availableOf(level(10, 3))).toBe(7);
  });

  it.each([
    [level(20), 'in-stock'],
    [level(6), 'in-stock'],
    [level(5), 'low'],
    [level(10, 9), 'low'],
    [level(1), 'low'],
    [level(0), 'out-of-stock'],
    [level(4, 4), 'out-of-stock'],
    [level(3, 0, 0), 'in-stock'],
  ])('gives %j the status %s', (stock, status) => {
    expect(stockStatusOf(stock)).toBe(status);
  });

  it('sees a status change only when the status moved', () => {
    expect(statusChanged({ sku: 'A', before: level(20), after: level(19) })).toBe(false);
    expect(statusChanged({ sku: 'A', before: level(6), after: level(5) })).toBe(true);
    expect(statusChanged({ sku: 'A', before: level(1), after: level(1, 1) })).toBe(true);
  });

  it('sees a low-stock crossing once, on the way down to the threshold or below', () => {
    expect(crossedIntoLowStock({ sku: 'A', before: level(6), after: level(5) })).toBe(true);
    expect(crossedIntoLowStock({ sku: 'A', before: level(20), after: level(20, 20) })).toBe(true);
    expect(crossedIntoLowStock({ sku: 'A', before: level(5), after: level(4) })).toBe(false);
    expect(crossedIntoLowStock({ sku: 'A', before: level(4), after: level(40) })).toBe(false);
    // Raising the threshold above the available units is a crossing too.
    expect(crossedIntoLowStock({ sku: 'A', before: level(8), after: level(8, 0, 10) })).toBe(true);
  });
});
