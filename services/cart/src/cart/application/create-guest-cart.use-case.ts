import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { Clock } from '@shop/service-runtime';
import { Cart } from '../domain/cart';
import { cartTokenHash, newCartToken } from '../domain/cart-token';
import { CartRepository } from '../domain/cart.repository';
import { CartSettings } from './cart-settings';
import { annotateCart, CartMetrics } from './cart-telemetry';

export interface CreatedGuestCart {
  /** Given to the client once; only its hash is stored. */
  readonly cartToken: string;
  readonly cart: Cart;
}

/** Starts an anonymous cart, owned by whoever holds the token it returns. */
@Injectable()
export class CreateGuestCartUseCase {
  constructor(
    private readonly carts: CartRepository,
    private readonly clock: Clock,
    private readonly settings: CartSettings,
    private readonly metrics: CartMetrics,
  ) {}

  async execute(): Promise<CreatedGuestCart> {
    const cartToken = newCartToken();
    const cart = Cart.open(
      randomUUID(),
      { kind: 'guest', tokenHash: cartTokenHash(cartToken) },
      this.clock.now(),
      this.settings.ttlMs,
    );
    await this.carts.insert(cart);
    this.metrics.cartCreated('guest');
    annotateCart(cart);
    return { cartToken, cart };
  }
}
