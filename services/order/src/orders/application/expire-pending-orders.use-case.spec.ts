import { FixedClock, strictMock } from '@shop/testing/jest';
import { OrderRepository } from '../domain/order.repository';
import { ExpirePendingOrdersUseCase } from './expire-pending-orders.use-case';
import { OrderSettings } from './order-settings';
import { RejectOrderUseCase } from './reject-order.use-case';

describe(ExpirePendingOrdersUseCase.name, () => {
  const clock = new FixedClock(new Date('2026-06-01T12:10:00Z'));
  let orders: jest.Mocked<OrderRepository>;
  let rejectOrder: jest.Mocked<RejectOrderUseCase>;
  let useCase: ExpirePendingOrdersUseCase;

  beforeEach(() => {
    orders = strictMock<OrderRepository>('orders');
    rejectOrder = strictMock<RejectOrderUseCase>('rejectOrder');
    useCase = new ExpirePendingOrdersUseCase(orders, rejectOrder, new OrderSettings(600, 30), clock);
  });

  it("rejects as 'expired' the PENDING orders created before now minus the timeout, counting those it moved", async () => {
    orders.findPendingCreatedBefore.mockResolvedValueOnce(['o-1', 'o-2']);
    // o-2 was confirmed in the meantime: the conditional move leaves it.
    rejectOrder.execute.mockResolvedValueOnce(true).mockResolvedValueOnce(false);

    await expect(useCase.execute()).resolves.toBe(1);
    expect(orders.findPendingCreatedBefore).toHaveBeenCalledWith(new Date('2026-06-01T12:00:00Z'), 100);
    expect(rejectOrder.execute).toHaveBeenCalledWith('o-1', 'expired', { correlationId: 'o-1' });
    expect(rejectOrder.execute).toHaveBeenCalledWith('o-2', 'expired', { correlationId: 'o-2' });
  });

  it('keeps going while full batches come back', async () => {
    const batch = Array.from({ length: 100 }, (_, index) => `o-${index}`);
    orders.findPendingCreatedBefore.mockResolvedValueOnce(batch).mockResolvedValueOnce(['o-last']);
    rejectOrder.execute.mockResolvedValue(true);

    await expect(useCase.execute()).resolves.toBe(101);
    expect(orders.findPendingCreatedBefore).toHaveBeenCalledTimes(2);
  });
});
