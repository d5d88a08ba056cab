import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { Clock } from '@shop/service-runtime';
import { placeOrder, type Order, type ShippingAddress } from '../domain/order';
import { ownerKey } from '../domain/order-owner';
import { OrderRepository } from '../domain/order.repository';
import { CartEmptyError, EmailRequiredError, IdempotencyKeyReusedError } from '../domain/order.errors';
import { requestFingerprint } from '../domain/request-fingerprint';
import type { Caller } from './caller';
import { CartReader } from './cart-reader';
import { OrderEvents } from './order-events';
import { OrderSettings } from './order-settings';
import { OrderTelemetry } from './order-telemetry';

/** What the checkout body says; the lines and prices come from the cart, never from the client. */
export interface CheckoutRequest {
  readonly email?: string;
  readonly shippingAddress: ShippingAddress;
}

export interface PlaceOrderResult {
  readonly order: Order;
  /** True when the key was used before for the same request: the earlier order, nothing new. */
  readonly replayed: boolean;
}

/**
 * Checkout: turns the caller's cart into a PENDING order and appends `order.placed.v1` in the same
 * transaction. The owner's Idempotency-Key makes it safe to retry: the same key and request give the
 * same order, also when sent many times at once (the unique index lets one insert win).
 */
@Injectable()
export class PlaceOrderUseCase {
  constructor(
    private readonly orders: OrderRepository,
    private readonly carts: CartReader,
    private readonly events: OrderEvents,
    private readonly telemetry: OrderTelemetry,
    private readonly settings: OrderSettings,
    private readonly clock: Clock,
  ) {}

  async execute(
    caller: Caller,
    idempotencyKey: string,
    request: CheckoutRequest,
    correlationId: string,
  ): Promise<PlaceOrderResult> {
    const email = caller.email ?? request.email;
    if (email === undefined) throw new EmailRequiredError();
    const fingerprint = requestFingerprint(request);
    const key = ownerKey(caller.owner);

    const earlier = await this.orders.findByIdempotencyKey(key, idempotencyKey);
    if (earlier !== null) return this.replay(earlier, fingerprint);

    this.telemetry.checkoutStarted(caller.owner.kind);
    const cart = await this.carts.read(caller.credentials, correlationId);
    if (cart === null) throw new CartEmptyError();
    const now = this.clock.now();
    const order = placeOrder({
      id: randomUUID(),
      owner: caller.owner,
      email,
      cartId: cart.id,
      idempotencyKey,
      requestFingerprint: fingerprint,
      cartLines: cart.lines,
      shippingAddress: request.shippingAddress,
      now,
    });
    // Twice the pending timeout: this service rejects an unconfirmed order (and so releases its stock)
    // first, and a confirmation already on its way still finds the reservation held.
    const reserveUntil = new Date(now.getTime() + 2 * this.settings.pendingTimeoutSeconds * 1000);

    const stored = await this.orders.insert(order, this.events.placed(order, reserveUntil, correlationId));
    if (stored === 'key-taken') {
      // A request with the same key committed first (they ran at once): answer with its order.
      const winner = await this.orders.findByIdempotencyKey(key, idempotencyKey);
      if (winner === null) throw new Error(`the order under idempotency key ${idempotencyKey} vanished`);
      return this.replay(winner, fingerprint);
    }
    this.telemetry.placed(order);
    return { order, replayed: false };
  }

  private replay(earlier: Order, fingerprint: string): PlaceOrderResult {
    if (earlier.requestFingerprint !== fingerprint) throw new IdempotencyKeyReusedError();
    this.telemetry.replayed(earlier);
    return { order: earlier, replayed: true };
  }
}
