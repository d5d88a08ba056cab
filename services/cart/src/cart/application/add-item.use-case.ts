import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { PinoLogger } from 'nestjs-pino';
import { Clock } from '@shop/service-runtime';
import { assertQuantity, type Cart } from '../domain/cart';
import type { CartOwner } from '../domain/cart-owner';
import { ProductNotFoundError, ProductUnavailableError } from '../domain/cart.errors';
import { CartRepository } from '../domain/cart.repository';
import { CartSettings } from './cart-settings';
import { annotateCart, CartMetrics } from './cart-telemetry';
import { openerFor } from './open-cart';
import { ProductCatalog } from './product-catalog';

/**
 * Puts a product in the owner's cart at the catalog's current price, name and SKU (asked before the
 * cart is locked, so no lock is held during the HTTP call); the same product again adds to its line.
 */
@Injectable()
export class AddItemUseCase {
  constructor(
    private readonly carts: CartRepository,
    private readonly catalog: ProductCatalog,
    private readonly clock: Clock,
    private readonly settings: CartSettings,
    private readonly metrics: CartMetrics,
    private readonly logger: PinoLogger,
  ) {
    logger.setContext(AddItemUseCase.name);
  }

  async execute(owner: CartOwner, productId: string, quantity: number): Promise<Cart> {
    assertQuantity(quantity);
    const product = await this.catalog.find(productId);
    if (product === null) throw new ProductNotFoundError(productId);
    if (product.status !== 'active') throw new ProductUnavailableError(productId);

    const now = this.clock.now();
    const { cart, created } = await this.carts.modify(
      owner,
      now,
      openerFor(owner, now, this.settings.ttlMs),
      (cart) => {
        cart.add(product, quantity, randomUUID(), now);
        cart.touch(now, this.settings.ttlMs);
      },
    );
    if (created) this.metrics.cartCreated(owner.kind);
    this.metrics.itemsAddedToCart(quantity, owner.kind);
    annotateCart(cart);
    this.logger.info({ cart_id: cart.id, product_id: productId, quantity }, 'item added to cart');
    return cart;
  }
}
