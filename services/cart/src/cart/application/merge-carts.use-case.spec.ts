import type { PinoLogger } from 'nestjs-pino';
import { factory, TTL_MS } from '../../testing/factories';
import { FixedClock, strictMock } from '@shop/testing/jest';
import type { CustomerOwner, GuestOwner } from '../domain/cart-owner';
import { CartRepository } from '../domain/cart.repository';
import { CartMetrics } from './cart-telemetry';
import { MergeCartsUseCase } from './merge-carts.use-case';

describe(MergeCartsUseCase.name, () => {
  const clock = new FixedClock();
  const customer = factory.customer() as CustomerOwner;
  const guest = factory.guest() as GuestOwner;
  let carts: jest.Mocked<CartRepository>;
  let metrics: jest.Mocked<CartMetrics>;
  let useCase: MergeCartsUseCase;

  beforeEach(() => {
    carts = strictMock<CartRepository>('carts');
    metrics = strictMock<CartMetrics>('metrics');
    const logger = strictMock<PinoLogger>('logger');
    logger.setContext.mockReturnValue(undefined);
    logger.info.mockReturnValue(undefined);
    useCase = new MergeCartsUseCase(carts, clock, { ttlMs: TTL_MS }, metrics, logger);
  });

  it('absorbs the guest cart into the customer’s, under one repository transaction, and extends its expiry', async () => {
    const shared = factory.item({ quantity: 4 });
    const customerCart = factory.cart({ owner: customer, items: [shared] });
    const addedLater = factory.item({ addedAt: new Date(clock.now().getTime() + 1000) });
    const guestCart = factory.cart({ owner: guest, items: [{ ...shared, id: 'g1', quantity: 9 }, addedLater] });
    carts.merge.mockImplementationOnce((_guest, _customer, _now, _open, change) =>
      Promise.resolve({ cart: customerCart, result: change(customerCart, guestCart), created: false }),
    );

    const merged = await useCase.execute(customer, guest);

    expect(carts.merge).toHaveBeenCalledWith(guest, customer, clock.now(), expect.any(Function), expect.any(Function));
    expect(merged.items.map((item) => item.quantity)).toEqual([10, 1]);
    expect(merged.expiresAt).toEqual(new Date(clock.now().getTime() + TTL_MS));
  });

  it('counts a customer cart the merge had to open', async () => {
    metrics.cartCreated.mockReturnValue(undefined);
    carts.merge.mockImplementationOnce((_guest, _customer, _now, open, change) => {
      const opened = open();
      return Promise.resolve({ cart: opened, result: change(opened, factory.cart({ owner: guest })), created: true });
    });
    const merged = await useCase.execute(customer, guest);
    expect(merged.owner).toEqual(customer);
    expect(metrics.cartCreated).toHaveBeenCalledWith('customer');
  });
});
