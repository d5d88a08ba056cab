import { InvalidStockChangeError } from './stock.errors';
import { MAX_RECEIPT_QUANTITY, StockChanges } from './stock-movement';

describe('StockChanges', () => {
  it('records a receipt as on hand up, with the note as the reason', () => {
    expect(StockChanges.receipt(12, '  delivery 7 ', 'op-1')).toEqual({
      kind: 'receipt',
      onHandDelta: 12,
      reservedDelta: 0,
      orderId: null,
      reason: 'delivery 7',
      actor: 'op-1',
    });
    expect(StockChanges.receipt(1, undefined, 'op-1').reason).toBeNull();
  });

  it.each([0, -1, 1.5, MAX_RECEIPT_QUANTITY + 1, Number.NaN])('refuses a receipt of %p units', (quantity) => {
    expect(() => StockChanges.receipt(quantity, undefined, 'op-1')).toThrow(InvalidStockChangeError);
  });

  it('needs a non-zero whole delta and a reason for an adjustment', () => {
    expect(StockChanges.adjustment(-3, 'broken', 'op-1')).toMatchObject({ onHandDelta: -3, reason: 'broken' });
    expect(() => StockChanges.adjustment(0, 'nothing', 'op-1')).toThrow(InvalidStockChangeError);
    expect(() => StockChanges.adjustment(2.5, 'half', 'op-1')).toThrow(InvalidStockChangeError);
    expect(() => StockChanges.adjustment(2, '   ', 'op-1')).toThrow(InvalidStockChangeError);
    expect(() => StockChanges.adjustment(2, 'x'.repeat(501), 'op-1')).toThrow(InvalidStockChangeError);
  });

  it('moves reserved and on hand the way the saga needs', () => {
    const order = '0b7e6c1a-4f7e-4c7a-9a57-1d2c3b4a5f6e';
    expect(StockChanges.reservation(order, 2)).toMatchObject({ onHandDelta: 0, reservedDelta: 2, actor: 'saga' });
    expect(StockChanges.sale(order, 2)).toMatchObject({ onHandDelta: -2, reservedDelta: -2 });
    expect(StockChanges.release(order, 2, 'expiry', 'reservation expired')).toMatchObject({
      onHandDelta: 0,
      reservedDelta: -2,
      actor: 'expiry',
    });
    expect(StockChanges.restock(order, 2)).toMatchObject({ onHandDelta: 2, reservedDelta: 0, orderId: order });
  });
});
