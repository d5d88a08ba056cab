import type { EntityManager } from 'typeorm';
import type { Order } from './order';
import type { OrderStatus, RejectionReason } from './order-status';

/**
 * More writes for a write's own transaction, given its EntityManager: the outbox rows of the events that
 * report the change, so they commit or roll back with it.
 */
export type InSameTransaction = (manager: EntityManager) => Promise<void>;

export interface PageRequest {
  readonly page: number;
  readonly pageSize: number;
}

export interface OrderPage {
  readonly items: readonly Order[];
  readonly total: number;
}

/** The admin list's filters; `from` inclusive, `to` exclusive, on the creation time. */
export interface AdminOrderFilter {
  readonly status?: OrderStatus;
  readonly from?: Date;
  readonly to?: Date;
  readonly customerId?: string;
  readonly email?: string;
}

export interface OrderTransition {
  readonly orderId: string;
  readonly to: OrderStatus;
  readonly rejectionReason?: RejectionReason;
  readonly now: Date;
}

/** The event a transition handles, recorded in the inbox in the transition's transaction. */
export interface HandledEvent {
  readonly consumer: string;
  readonly eventId: string;
}

export type TransitionOutcome =
  | { readonly changed: true; readonly order: Order }
  /** The order was not in a state the move starts from (or does not exist, or the event was handled before). */
  | { readonly changed: false };

/** Where orders are kept. Every read is one or two SQL statements, whatever the page size. */
export abstract class OrderRepository {
  /**
   * Stores a new order and runs `inSameTransaction` in its transaction. Resolves `key-taken` (nothing
   * stored) when the owner already has an order under the order's idempotency key.
   */
  abstract insert(order: Order, inSameTransaction: InSameTransaction): Promise<'inserted' | 'key-taken'>;

  abstract findByIdempotencyKey(ownerKey: string, idempotencyKey: string): Promise<Order | null>;

  /** The order if it belongs to the owner. */
  abstract findOwned(ownerKey: string, orderId: string): Promise<Order | null>;

  abstract findById(orderId: string): Promise<Order | null>;

  /** The owner's orders, newest first. */
  abstract listOwned(ownerKey: string, page: PageRequest): Promise<OrderPage>;

  /** Every order matching the filter, newest first. */
  abstract list(filter: AdminOrderFilter, page: PageRequest): Promise<OrderPage>;

  /**
   * Moves the order to `to` only if it is in a state that leads there (a conditional UPDATE, so two moves
   * at once cannot both win), recording `handled` in the inbox when given (a redelivered event changes
   * nothing), and runs `eventsFor(order after the move)` in the same transaction.
   */
  abstract transition(
    transition: OrderTransition,
    eventsFor: (order: Order) => InSameTransaction,
    handled?: HandledEvent,
  ): Promise<TransitionOutcome>;

  /** Ids of PENDING orders created before `cutoff`, oldest first. */
  abstract findPendingCreatedBefore(cutoff: Date, limit: number): Promise<string[]>;
}
