import { OutboxWriter } from '@shop/event-bus';
import type { EntityManager } from 'typeorm';
import { Transactions } from '../../shared/application/transactions';
import { factory, fakeManager } from '../../testing/factories';
import { FixedClock, strictMock } from '@shop/testing/jest';
import { StockLedger } from '../domain/stock-ledger';
import { StockChanges } from '../domain/stock-movement';
import { InsufficientStockError, InvalidSkuError, StockItemNotFoundError } from '../domain/stock.errors';
import { StockChangeRunner } from './stock-change-runner';
import { StockEvents } from './stock-events';

describe(StockChangeRunner.name, () => {
  const clock = new FixedClock();
  const manager = fakeManager();
  let ledger: jest.Mocked<StockLedger>;
  let outbox: jest.Mocked<OutboxWriter>;
  let runner: StockChangeRunner;

  beforeEach(() => {
    ledger = strictMock<StockLedger>('ledger');
    outbox = strictMock<OutboxWriter>('outbox');
    const transactions = strictMock<Transactions>('transactions');
    transactions.run.mockImplementation((work: (manager: EntityManager) => Promise<unknown>) => work(manager));
    runner = new StockChangeRunner(transactions, ledger, new StockEvents(outbox), clock);
  });

  it('returns the changed item and writes the status change in the same transaction', async () => {
    const applied = factory.applied('SKU-1', { onHand: 0 }, { onHand: 10 });
    ledger.apply.mockResolvedValueOnce({ applied: true, ...applied });
    outbox.append.mockResolvedValue();

    await expect(runner.apply('SKU-1', StockChanges.receipt(10, undefined, 'op'), 'corr')).resolves.toBe(applied.item);
    expect(ledger.apply).toHaveBeenCalledWith(
      manager,
      'SKU-1',
      expect.objectContaining({ kind: 'receipt' }),
      clock.now(),
    );
    expect(outbox.append).toHaveBeenCalledWith(
      manager,
      expect.objectContaining({
        type: 'inventory.stock.status-changed.v1',
        data: expect.objectContaining({ status: 'in-stock' }) as unknown,
      }),
      expect.any(Array),
    );
  });

  it('turns the refusals into domain errors', async () => {
    ledger.apply.mockResolvedValueOnce({ applied: false, reason: 'unknown-sku' });
    await expect(runner.apply('SKU-1', StockChanges.adjustment(1, 'x', 'op'), 'c')).rejects.toThrow(
      StockItemNotFoundError,
    );
    ledger.apply.mockResolvedValueOnce({ applied: false, reason: 'insufficient', available: 1 });
    await expect(runner.apply('SKU-1', StockChanges.adjustment(-2, 'x', 'op'), 'c')).rejects.toThrow(
      InsufficientStockError,
    );
  });

  it('refuses something that is no SKU before touching the database', async () => {
    await expect(runner.apply('no sku', StockChanges.receipt(1, undefined, 'op'), 'c')).rejects.toThrow(
      InvalidSkuError,
    );
    expect(ledger.apply).not.toHaveBeenCalled();
  });
});
