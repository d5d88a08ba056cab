import { OutboxWriter } from '@shop/event-bus';
import { factory } from '../../testing/factories';
import { FixedClock, strictMock } from '@shop/testing/jest';
import { OrderRepository } from '../domain/order.repository';
import { ConfirmOrderUseCase } from './confirm-order.use-case';
import { OrderEvents } from './order-events';
import { OrderTelemetry } from './order-telemetry';

const CAUSE = { eventId: 'e1111111-1111-4111-8111-111111111111', correlationId: 'corr-1' };

describe(ConfirmOrderUseCase.name, () => {
  const clock = new FixedClock();
  let orders: jest.Mocked<OrderRepository>;
  let telemetry: jest.Mocked<OrderTelemetry>;
  const events = new OrderEvents(new OutboxWriter());

  beforeEach(() => {
    orders = strictMock<OrderRepository>('orders');
    telemetry = strictMock<OrderTelemetry>('telemetry');
  });

  it('moves the order to CONFIRMED once per event (inbox), counting it', async () => {
    const confirmed = factory.order({ status: 'CONFIRMED' });
    orders.transition.mockResolvedValueOnce({ changed: true, order: confirmed });
    telemetry.confirmed.mockReturnValueOnce();

    await expect(new ConfirmOrderUseCase(orders, events, telemetry, clock).execute(confirmed.id, CAUSE)).resolves.toBe(
      true,
    );
    expect(orders.transition).toHaveBeenCalledWith(
      { orderId: confirmed.id, to: 'CONFIRMED', now: clock.now() },
      expect.any(Function),
      { consumer: ConfirmOrderUseCase.consumer, eventId: CAUSE.eventId },
    );
    expect(telemetry.confirmed).toHaveBeenCalledWith(confirmed);
  });

  it('counts nothing when the order was not PENDING', async () => {
    orders.transition.mockResolvedValueOnce({ changed: false });
    await expect(new ConfirmOrderUseCase(orders, events, telemetry, clock).execute('o', CAUSE)).resolves.toBe(false);
  });
});
