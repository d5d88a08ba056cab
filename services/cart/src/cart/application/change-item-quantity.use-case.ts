import { Injectable } from '@nestjs/common';
import { Clock } from '@shop/service-runtime';
import { assertQuantity, type Cart } from '../domain/cart';
import type { CartOwner } from '../domain/cart-owner';
import { CartRepository } from '../domain/cart.repository';
import { CartSettings } from './cart-settings';
import { annotateCart } from './cart-telemetry';
import { openerFor } from './open-cart';

/** Sets the quantity of a line of the owner's cart; any other id is CART_ITEM_NOT_FOUND. */
@Injectable()
export class ChangeItemQuantityUseCase {
  constructor(
    private readonly carts: CartRepository,
    private readonly clock: Clock,
    private readonly settings: CartSettings,
  ) {}

  async execute(owner: CartOwner, itemId: string, quantity: number): Promise<Cart> {
    assertQuantity(quantity);
    const now = this.clock.now();
    // A customer without a cart gets CART_ITEM_NOT_FOUND like anyone naming a stranger's item: the
    // cart opened for the change is rolled back with it.
    const { cart } = await this.carts.modify(owner, now, openerFor(owner, now, this.settings.ttlMs), (cart) => {
      cart.changeQuantity(itemId, quantity);
      cart.touch(now, this.settings.ttlMs);
    });
    annotateCart(cart);
    return cart;
  }
}
