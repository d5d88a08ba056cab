import { OutboxWriter } from '@shop/event-bus';
import { factory } from '../../testing/factories';
import { FixedClock, strictMock } from '@shop/testing/jest';
import { OrderRepository } from '../domain/order.repository';
import { OrderEvents } from './order-events';
import { OrderTelemetry } from './order-telemetry';
import { RejectOrderUseCase } from './reject-order.use-case';

const CAUSE = { eventId: 'e1111111-1111-4111-8111-111111111111', correlationId: 'corr-1' };

describe(RejectOrderUseCase.name, () => {
  const clock = new FixedClock();
  let orders: jest.Mocked<OrderRepository>;
  let telemetry: jest.Mocked<OrderTelemetry>;
  const events = new OrderEvents(new OutboxWriter());

  beforeEach(() => {
    orders = strictMock<OrderRepository>('orders');
    telemetry = strictMock<OrderTelemetry>('telemetry');
  });

  it("moves the order to REJECTED with inventory's reason, once per event", async () => {
    const rejected = factory.order({ status: 'REJECTED', rejectionReason: 'out-of-stock' });
    orders.transition.mockResolvedValueOnce({ changed: true, order: rejected });
    telemetry.rejected.mockReturnValueOnce();

    await new RejectOrderUseCase(orders, events, telemetry, clock).execute(rejected.id, 'out-of-stock', CAUSE);
    expect(orders.transition).toHaveBeenCalledWith(
      { orderId: rejected.id, to: 'REJECTED', rejectionReason: 'out-of-stock', now: clock.now() },
      expect.any(Function),
      { consumer: RejectOrderUseCase.consumer, eventId: CAUSE.eventId },
    );
  });

  it('expires without an inbox entry: no event caused it', async () => {
    orders.transition.mockResolvedValueOnce({ changed: false });
    await new RejectOrderUseCase(orders, events, telemetry, clock).execute('o', 'expired', { correlationId: 'o' });
    expect(orders.transition).toHaveBeenCalledWith(
      { orderId: 'o', to: 'REJECTED', rejectionReason: 'expired', now: clock.now() },
      expect.any(Function),
      undefined,
    );
  });
});
