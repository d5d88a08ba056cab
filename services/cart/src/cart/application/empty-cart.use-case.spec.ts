import type { PinoLogger } from 'nestjs-pino';
import { FixedClock, strictMock } from '@shop/testing/jest';
import { CartRepository } from '../domain/cart.repository';
import { EMPTY_CART_CONSUMER, EmptyCartUseCase } from './empty-cart.use-case';

describe(EmptyCartUseCase.name, () => {
  const clock = new FixedClock();
  let carts: jest.Mocked<CartRepository>;
  let logger: jest.Mocked<PinoLogger>;
  let useCase: EmptyCartUseCase;

  beforeEach(() => {
    carts = strictMock<CartRepository>('carts');
    logger = strictMock<PinoLogger>('logger');
    logger.setContext.mockReturnValue(undefined);
    logger.info.mockReturnValue(undefined);
    useCase = new EmptyCartUseCase(carts, clock, logger);
  });

  it.each(['emptied', 'already-handled', 'no-cart'] as const)(
    'empties the cart once per event through the inbox, and logs the outcome (%s)',
    async (outcome) => {
      carts.emptyOnce.mockResolvedValueOnce(outcome);
      await expect(useCase.execute('event-1', 'cart-1', 'customer-1')).resolves.toBe(outcome);
      expect(carts.emptyOnce).toHaveBeenCalledWith(EMPTY_CART_CONSUMER, 'event-1', 'cart-1', clock.now());
      expect(logger.info).toHaveBeenCalledWith(
        { cart_id: 'cart-1', event_id: 'event-1', outcome, customer_id: 'customer-1' },
        'order confirmed: cart emptied',
      );
    },
  );

  it('logs no customer for a guest’s order', async () => {
    carts.emptyOnce.mockResolvedValueOnce('emptied');
    await useCase.execute('event-2', 'cart-2', null);
    expect(logger.info).toHaveBeenCalledWith(
      { cart_id: 'cart-2', event_id: 'event-2', outcome: 'emptied' },
      'order confirmed: cart emptied',
    );
  });
});
