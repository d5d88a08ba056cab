import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { PinoLogger } from 'nestjs-pino';
import { Clock } from '@shop/service-runtime';
import { Cart } from '../domain/cart';
import type { CustomerOwner, GuestOwner } from '../domain/cart-owner';
import { CartRepository } from '../domain/cart.repository';
import { CartSettings } from './cart-settings';
import { annotateCart, CartMetrics } from './cart-telemetry';

/**
 * At sign-in: the guest cart's lines go into the customer's cart (quantities summed and capped) and the
 * guest cart is deleted, all in one transaction.
 */
@Injectable()
export class MergeCartsUseCase {
  constructor(
    private readonly carts: CartRepository,
    private readonly clock: Clock,
    private readonly settings: CartSettings,
    private readonly metrics: CartMetrics,
    private readonly logger: PinoLogger,
  ) {
    logger.setContext(MergeCartsUseCase.name);
  }

  async execute(customer: CustomerOwner, guest: GuestOwner): Promise<Cart> {
    const now = this.clock.now();
    const { cart, created, result } = await this.carts.merge(
      guest,
      customer,
      now,
      () => Cart.open(randomUUID(), customer, now, this.settings.ttlMs),
      (customerCart, guestCart) => {
        const outcome = customerCart.absorb(guestCart, randomUUID);
        customerCart.touch(now, this.settings.ttlMs);
        return outcome;
      },
    );
    if (created) this.metrics.cartCreated('customer');
    annotateCart(cart);
    this.logger.info({ cart_id: cart.id, ...result }, 'guest cart merged into the customer cart');
    return cart;
  }
}
