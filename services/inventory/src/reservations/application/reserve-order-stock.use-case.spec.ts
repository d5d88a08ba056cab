import { OutboxWriter } from '@shop/event-bus';
import { StockEvents } from '../../stock/application/stock-events';
import { StockLedger } from '../../stock/domain/stock-ledger';
import { factory, fakeManager } from '../../testing/factories';
import { FixedClock, strictMock } from '@shop/testing/jest';
import { ReservationRepository } from '../domain/reservation.repository';
import { ReservationEvents } from './reservation-events';
import { ReserveOrderStockUseCase } from './reserve-order-stock.use-case';

const ORDER = '0b7e6c1a-4f7e-4c7a-9a57-1d2c3b4a5f6e';
const UNTIL = new Date('2026-06-01T12:10:00Z');

describe(ReserveOrderStockUseCase.name, () => {
  const clock = new FixedClock();
  const manager = fakeManager();
  let ledger: jest.Mocked<StockLedger>;
  let reservations: jest.Mocked<ReservationRepository>;
  let outbox: jest.Mocked<OutboxWriter>;
  let useCase: ReserveOrderStockUseCase;

  const appended = () => outbox.append.mock.calls.map(([, envelope]) => envelope);

  beforeEach(() => {
    ledger = strictMock<StockLedger>('ledger');
    reservations = strictMock<ReservationRepository>('reservations');
    outbox = strictMock<OutboxWriter>('outbox');
    outbox.append.mockResolvedValue();
    useCase = new ReserveOrderStockUseCase(
      ledger,
      reservations,
      new StockEvents(outbox),
      new ReservationEvents(outbox),
      clock,
    );
    reservations.existsForOrder.mockResolvedValueOnce(false);
  });

  const order = (lines: { sku: string; quantity: number }[]) => ({ orderId: ORDER, lines, reserveUntil: UNTIL });

  it('reserves every line in SKU order, records the reservations and answers StockReserved', async () => {
    ledger.apply
      .mockResolvedValueOnce({ applied: true, ...factory.applied('A', { reserved: 0 }, { reserved: 2 }) })
      .mockResolvedValueOnce({ applied: true, ...factory.applied('B', { reserved: 0 }, { reserved: 1 }) });
    reservations.insert.mockResolvedValueOnce();

    const result = await useCase.execute(
      manager,
      order([
        { sku: 'B', quantity: 1 },
        { sku: 'A', quantity: 2 },
      ]),
      'corr-1',
    );

    expect(result).toEqual({
      outcome: 'reserved',
      lines: [
        { sku: 'A', quantity: 2 },
        { sku: 'B', quantity: 1 },
      ],
    });
    expect(ledger.apply.mock.calls.map(([, sku, change]) => [sku, change.kind, change.reservedDelta])).toEqual([
      ['A', 'reservation', 2],
      ['B', 'reservation', 1],
    ]);
    expect(reservations.insert).toHaveBeenCalledWith(
      manager,
      [
        { orderId: ORDER, sku: 'A', quantity: 2, status: 'RESERVED', reservedUntil: UNTIL },
        { orderId: ORDER, sku: 'B', quantity: 1, status: 'RESERVED', reservedUntil: UNTIL },
      ],
      clock.now(),
    );
    expect(appended()).toEqual([
      expect.objectContaining({
        type: 'inventory.stock.reserved.v1',
        correlationId: 'corr-1',
        data: {
          orderId: ORDER,
          lines: result.outcome === 'reserved' ? result.lines : [],
          reservedUntil: UNTIL.toISOString(),
        },
      }),
    ]);
  });

  it('records nothing when a line falls short and names every short line in StockReservationFailed', async () => {
    ledger.apply
      .mockResolvedValueOnce({ applied: true, ...factory.applied('A', { reserved: 0 }, { reserved: 1 }) })
      .mockResolvedValueOnce({ applied: false, reason: 'insufficient', available: 2 })
      .mockResolvedValueOnce({ applied: false, reason: 'insufficient', available: 0 });

    const result = await useCase.execute(
      manager,
      order([
        { sku: 'A', quantity: 1 },
        { sku: 'B', quantity: 3 },
        { sku: 'C', quantity: 1 },
      ]),
      'corr-2',
    );

    expect(result).toMatchObject({ outcome: 'failed', reason: 'out-of-stock' });
    expect(reservations.insert).not.toHaveBeenCalled();
    expect(appended()).toEqual([
      expect.objectContaining({
        type: 'inventory.stock.reservation-failed.v1',
        data: {
          orderId: ORDER,
          reason: 'out-of-stock',
          shortages: [
            { sku: 'B', requested: 3, available: 2 },
            { sku: 'C', requested: 1, available: 0 },
          ],
        },
      }),
    ]);
  });

  it('answers unknown-sku when a SKU has no stock item', async () => {
    ledger.apply.mockResolvedValueOnce({ applied: false, reason: 'unknown-sku' });
    const result = await useCase.execute(manager, order([{ sku: 'X', quantity: 1 }]), 'corr-3');
    expect(result).toMatchObject({ outcome: 'failed', reason: 'unknown-sku' });
    expect(appended()[0]?.data).toMatchObject({ shortages: [{ sku: 'X', requested: 1, available: 0 }] });
  });

  it('reports a reservation that takes a SKU to its threshold', async () => {
    ledger.apply.mockResolvedValueOnce({ applied: true, ...factory.applied('A', { reserved: 0 }, { reserved: 16 }) });
    reservations.insert.mockResolvedValueOnce();
    await useCase.execute(manager, order([{ sku: 'A', quantity: 16 }]), 'corr-4');
    expect(appended().map((envelope) => envelope.type)).toEqual([
      'inventory.stock.status-changed.v1',
      'inventory.stock.low-stock-detected.v1',
      'inventory.stock.reserved.v1',
    ]);
  });

  it('changes nothing for an order that already holds reservations', async () => {
    reservations.existsForOrder.mockReset();
    reservations.existsForOrder.mockResolvedValueOnce(true);
    await expect(useCase.execute(manager, order([{ sku: 'A', quantity: 1 }]), 'corr-5')).resolves.toEqual({
      outcome: 'already-reserved',
    });
    expect(ledger.apply).not.toHaveBeenCalled();
    expect(outbox.append).not.toHaveBeenCalled();
  });
});
