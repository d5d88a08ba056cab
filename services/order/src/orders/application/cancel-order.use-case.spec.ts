import { OutboxWriter } from '@shop/event-bus';
import { factory } from '../../testing/factories';
import { FixedClock, strictMock } from '@shop/testing/jest';
import { OrderRepository } from '../domain/order.repository';
import { OrderNotCancellableError, OrderNotFoundError } from '../domain/order.errors';
import { CancelOrderUseCase } from './cancel-order.use-case';
import { OrderEvents } from './order-events';
import { OrderTelemetry } from './order-telemetry';

const OWNER = { kind: 'customer', customerId: 'a1111111-1111-4111-8111-111111111111' } as const;

describe(CancelOrderUseCase.name, () => {
  const clock = new FixedClock();
  let orders: jest.Mocked<OrderRepository>;
  let telemetry: jest.Mocked<OrderTelemetry>;
  let useCase: CancelOrderUseCase;

  beforeEach(() => {
    orders = strictMock<OrderRepository>('orders');
    telemetry = strictMock<OrderTelemetry>('telemetry');
    telemetry.annotate.mockReturnValue();
    useCase = new CancelOrderUseCase(orders, new OrderEvents(new OutboxWriter()), telemetry, clock);
  });

  it('cancels a CONFIRMED order of the owner with a conditional move', async () => {
    const confirmed = factory.order({ status: 'CONFIRMED' });
    const cancelled = { ...confirmed, status: 'CANCELLED' as const, updatedAt: clock.now() };
    orders.findOwned.mockResolvedValueOnce(confirmed);
    orders.transition.mockResolvedValueOnce({ changed: true, order: cancelled });
    telemetry.cancelled.mockReturnValueOnce();

    await expect(useCase.execute(OWNER, confirmed.id, 'corr-1')).resolves.toBe(cancelled);
    expect(orders.findOwned).toHaveBeenCalledWith(`customer:${OWNER.customerId}`, confirmed.id);
    expect(orders.transition).toHaveBeenCalledWith(
      { orderId: confirmed.id, to: 'CANCELLED', now: clock.now() },
      expect.any(Function),
    );
    expect(telemetry.cancelled).toHaveBeenCalledWith(cancelled);
  });

  it("answers 404 for an order that is not the owner's", async () => {
    orders.findOwned.mockResolvedValueOnce(null);
    await expect(useCase.execute(OWNER, 'x', 'corr-1')).rejects.toThrow(OrderNotFoundError);
  });

  it.each(['PENDING', 'REJECTED', 'CANCELLED'] as const)('refuses to cancel a %s order', async (status) => {
    orders.findOwned.mockResolvedValueOnce(factory.order({ status }));
    await expect(useCase.execute(OWNER, 'x', 'corr-1')).rejects.toThrow(OrderNotCancellableError);
  });

  it('refuses when another request moved the order between the read and the update', async () => {
    const confirmed = factory.order({ status: 'CONFIRMED' });
    orders.findOwned.mockResolvedValueOnce(confirmed);
    orders.transition.mockResolvedValueOnce({ changed: false });
    orders.findById.mockResolvedValueOnce({ ...confirmed, status: 'CANCELLED' });

    await expect(useCase.execute(OWNER, confirmed.id, 'corr-1')).rejects.toThrow(
      new OrderNotCancellableError(confirmed.id, 'CANCELLED'),
    );
  });
});
