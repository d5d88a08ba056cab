import { Injectable } from '@nestjs/common';
import { Clock } from '@shop/service-runtime';
import type { Cart } from '../domain/cart';
import type { CartOwner } from '../domain/cart-owner';
import { CartNotFoundError } from '../domain/cart.errors';
import { CartRepository } from '../domain/cart.repository';
import { CartSettings } from './cart-settings';
import { annotateCart, CartMetrics } from './cart-telemetry';
import { openerFor } from './open-cart';

/** The owner's cart; a customer without one gets a new, empty one. One statement for an existing cart. */
@Injectable()
export class GetCartQuery {
  constructor(
    private readonly carts: CartRepository,
    private readonly clock: Clock,
    private readonly settings: CartSettings,
    private readonly metrics: CartMetrics,
  ) {}

  async execute(owner: CartOwner): Promise<Cart> {
    const now = this.clock.now();
    const found = await this.carts.findLive(owner, now);
    if (found !== null) {
      annotateCart(found);
      return found;
    }
    const open = openerFor(owner, now, this.settings.ttlMs);
    if (open === undefined) throw new CartNotFoundError();
    const { cart, created } = await this.carts.modify(owner, now, open, () => undefined);
    if (created) this.metrics.cartCreated(owner.kind);
    annotateCart(cart);
    return cart;
  }
}
