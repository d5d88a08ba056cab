import { Injectable } from '@nestjs/common';
import { PinoLogger } from 'nestjs-pino';
import { annotateSpan, ShopAttributes } from '@shop/observability';
import { Clock } from '@shop/service-runtime';
import { CartRepository, type EmptyOutcome } from '../domain/cart.repository';

/** The inbox consumer name of this use case: each order.confirmed.v1 empties a cart at most once. */
export const EMPTY_CART_CONSUMER = 'cart.empty-on-order-confirmed';

/** Empties the cart an order was placed from, once the order is confirmed (if the cart still exists). */
@Injectable()
export class EmptyCartUseCase {
  constructor(
    private readonly carts: CartRepository,
    private readonly clock: Clock,
    private readonly logger: PinoLogger,
  ) {
    logger.setContext(EmptyCartUseCase.name);
  }

  async execute(eventId: string, cartId: string, customerId: string | null): Promise<EmptyOutcome> {
    annotateSpan({
      [ShopAttributes.CartId]: cartId,
      ...(customerId === null ? {} : { [ShopAttributes.CustomerId]: customerId }),
    });
    const outcome = await this.carts.emptyOnce(EMPTY_CART_CONSUMER, eventId, cartId, this.clock.now());
    this.logger.info(
      { cart_id: cartId, event_id: eventId, outcome, ...(customerId === null ? {} : { customer_id: customerId }) },
      'order confirmed: cart emptied',
    );
    return outcome;
  }
}
