import { Injectable } from '@nestjs/common';
import { Clock } from '@shop/service-runtime';
import type { Cart } from '../domain/cart';
import type { CartOwner } from '../domain/cart-owner';
import { CartRepository } from '../domain/cart.repository';
import { CartSettings } from './cart-settings';
import { annotateCart } from './cart-telemetry';
import { openerFor } from './open-cart';

/** Removes a line of the owner's cart; any other id is CART_ITEM_NOT_FOUND. */
@Injectable()
export class RemoveItemUseCase {
  constructor(
    private readonly carts: CartRepository,
    private readonly clock: Clock,
    private readonly settings: CartSettings,
  ) {}

  async execute(owner: CartOwner, itemId: string): Promise<Cart> {
    const now = this.clock.now();
    const { cart } = await this.carts.modify(owner, now, openerFor(owner, now, this.settings.ttlMs), (cart) => {
      cart.remove(itemId);
      cart.touch(now, this.settings.ttlMs);
    });
    annotateCart(cart);
    return cart;
  }
}
