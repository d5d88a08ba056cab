import { OutboxWriter } from '@shop/event-bus';
import { StockEvents } from '../../stock/application/stock-events';
import { StockLedger } from '../../stock/domain/stock-ledger';
import type { StockChange } from '../../stock/domain/stock-movement';
import { factory, fakeManager } from '../../testing/factories';
import { FixedClock, strictMock } from '@shop/testing/jest';
import { ReservationRepository } from '../domain/reservation.repository';
import { ReleaseOrderStockUseCase } from './release-order-stock.use-case';
import { SellOrderStockUseCase } from './sell-order-stock.use-case';
import { SettleReservations } from './settle-reservations';

const ORDER = '0b7e6c1a-4f7e-4c7a-9a57-1d2c3b4a5f6e';

describe(ReleaseOrderStockUseCase.name, () => {
  const clock = new FixedClock();
  const manager = fakeManager();
  let ledger: jest.Mocked<StockLedger>;
  let reservations: jest.Mocked<ReservationRepository>;
  let settle: SettleReservations;

  const changes = () =>
    ledger.apply.mock.calls.map(([, sku, change]: [unknown, string, StockChange, Date]) => ({
      sku,
      kind: change.kind,
      onHand: change.onHandDelta,
      reserved: change.reservedDelta,
      actor: change.actor,
    }));

  beforeEach(() => {
    ledger = strictMock<StockLedger>('ledger');
    reservations = strictMock<ReservationRepository>('reservations');
    const outbox = strictMock<OutboxWriter>('outbox');
    outbox.append.mockResolvedValue();
    settle = new SettleReservations(ledger, reservations, new StockEvents(outbox), clock);
    ledger.apply.mockImplementation((_manager, sku) =>
      Promise.resolve({ applied: true, ...factory.applied(sku, {}, {}) }),
    );
    reservations.setStatus.mockResolvedValue();
  });

  it('on cancellation releases what is held and restocks what was sold', async () => {
    reservations.lockByOrder.mockResolvedValueOnce([
      factory.reservation({ sku: 'A', quantity: 2, status: 'RESERVED' }),
      factory.reservation({ sku: 'B', quantity: 3, status: 'SOLD' }),
      factory.reservation({ sku: 'C', quantity: 1, status: 'RELEASED' }),
    ]);

    await expect(
      new ReleaseOrderStockUseCase(settle).execute(manager, ORDER, { kind: 'cancelled' }, 'c'),
    ).resolves.toBe(2);

    expect(changes()).toEqual([
      { sku: 'A', kind: 'release', onHand: 0, reserved: -2, actor: 'saga' },
      { sku: 'B', kind: 'restock', onHand: 3, reserved: 0, actor: 'saga' },
    ]);
    expect(reservations.setStatus).toHaveBeenCalledWith(manager, ORDER, ['A', 'B'], 'RELEASED', clock.now());
  });

  it('on rejection leaves sold stock alone', async () => {
    reservations.lockByOrder.mockResolvedValueOnce([factory.reservation({ sku: 'B', status: 'SOLD' })]);
    await expect(new ReleaseOrderStockUseCase(settle).execute(manager, ORDER, { kind: 'rejected' }, 'c')).resolves.toBe(
      0,
    );
    expect(ledger.apply).not.toHaveBeenCalled();
  });

  it('on expiry releases only reservations past their time, as the expiry', async () => {
    const now = new Date('2026-06-01T12:05:00Z');
    reservations.lockByOrder.mockResolvedValueOnce([
      factory.reservation({ sku: 'A', reservedUntil: new Date('2026-06-01T12:04:59Z') }),
      factory.reservation({ sku: 'B', reservedUntil: new Date('2026-06-01T12:05:01Z') }),
    ]);
    await new ReleaseOrderStockUseCase(settle).execute(manager, ORDER, { kind: 'expired', now }, 'c');
    expect(changes()).toEqual([{ sku: 'A', kind: 'release', onHand: 0, reserved: -2, actor: 'expiry' }]);
  });

  it('fails, leaving the message to be retried, when the stock does not hold the reservation', async () => {
    reservations.lockByOrder.mockResolvedValueOnce([factory.reservation({ sku: 'A' })]);
    ledger.apply.mockReset();
    ledger.apply.mockResolvedValueOnce({ applied: false, reason: 'insufficient', available: 0 });
    await expect(new SellOrderStockUseCase(settle).execute(manager, ORDER, 'c')).rejects.toThrow(/does not cover/);
    expect(reservations.setStatus).not.toHaveBeenCalled();
  });
});

describe(SellOrderStockUseCase.name, () => {
  it('sells held reservations only: on hand and reserved both go down', async () => {
    const ledger = strictMock<StockLedger>('ledger');
    const reservations = strictMock<ReservationRepository>('reservations');
    const clock = new FixedClock();
    const manager = fakeManager();
    ledger.apply.mockResolvedValueOnce({ applied: true, ...factory.applied('A', {}, {}) });
    reservations.lockByOrder.mockResolvedValueOnce([
      factory.reservation({ sku: 'A', quantity: 4 }),
      factory.reservation({ sku: 'B', status: 'SOLD' }),
    ]);
    reservations.setStatus.mockResolvedValueOnce();
    const settle = new SettleReservations(ledger, reservations, new StockEvents(strictMock<OutboxWriter>()), clock);

    await expect(new SellOrderStockUseCase(settle).execute(manager, ORDER, 'c')).resolves.toBe(1);
    expect(ledger.apply).toHaveBeenCalledWith(
      manager,
      'A',
      expect.objectContaining({ kind: 'sale', onHandDelta: -4, reservedDelta: -4, orderId: ORDER }),
      clock.now(),
    );
    expect(reservations.setStatus).toHaveBeenCalledWith(manager, ORDER, ['A'], 'SOLD', clock.now());
  });
});
