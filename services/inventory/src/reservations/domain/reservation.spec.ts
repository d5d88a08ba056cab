import { failureReasonOf, reservationLines } from './reservation';

describe('reservationLines', () => {
  it('adds up repeated SKUs and sorts by SKU, the order rows are locked in', () => {
    expect(
      reservationLines([
        { sku: 'SKU-3', quantity: 1 },
        { sku: 'SKU-1', quantity: 2 },
        { sku: 'SKU-3', quantity: 4 },
      ]),
    ).toEqual([
      { sku: 'SKU-1', quantity: 2 },
      { sku: 'SKU-3', quantity: 5 },
    ]);
  });
});

describe('failureReasonOf', () => {
  it('says unknown-sku when any line names a SKU without stock, else out-of-stock', () => {
    const short = { sku: 'A', requested: 3, available: 1, unknownSku: false };
    expect(failureReasonOf([short])).toBe('out-of-stock');
    expect(failureReasonOf([short, { sku: 'B', requested: 1, available: 0, unknownSku: true }])).toBe('unknown-sku');
  });
});
