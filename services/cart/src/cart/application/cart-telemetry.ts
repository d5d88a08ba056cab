import { Injectable } from '@nestjs/common';
import { metrics, type Counter } from '@opentelemetry/api';
import { annotateSpan, ShopAttributes, ShopMetrics } from '@shop/observability';
import type { Cart } from '../domain/cart';
import type { OwnerKind } from '../domain/cart-owner';

/** Puts the cart, its owner and its size on the active span (the request's or the consumer's). */
export function annotateCart(cart: Cart): void {
  annotateSpan({
    [ShopAttributes.CartId]: cart.id,
    [ShopAttributes.OwnerKind]: cart.owner.kind,
    [ShopAttributes.CartItemCount]: cart.itemCount,
    ...(cart.owner.kind === 'customer' ? { [ShopAttributes.CustomerId]: cart.owner.customerId } : {}),
  });
}

/** The cart's business metrics; the only attribute is the owner kind (low cardinality). */
@Injectable()
export class CartMetrics {
  private readonly created: Counter;
  private readonly itemsAdded: Counter;

  constructor() {
    const meter = metrics.getMeter('@shop/cart');
    this.created = meter.createCounter(ShopMetrics.CartsCreated, {
      description: 'Carts created (guest carts by POST /api/cart, customer carts on first use)',
      unit: '{cart}',
    });
    this.itemsAdded = meter.createCounter(ShopMetrics.CartItemsAdded, {
      description: 'Units put in carts by POST /api/cart/items',
      unit: '{item}',
    });
  }

  cartCreated(kind: OwnerKind): void {
    this.created.add(1, { [ShopAttributes.OwnerKind]: kind });
  }

  itemsAddedToCart(quantity: number, kind: OwnerKind): void {
    this.itemsAdded.add(quantity, { [ShopAttributes.OwnerKind]: kind });
  }
}
