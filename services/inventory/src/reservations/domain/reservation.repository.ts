import type { EntityManager } from 'typeorm';
import type { Reservation, ReservationStatus } from './reservation';

/** Where reservations are kept; writes run in the caller's transaction. */
export abstract class ReservationRepository {
  /**
   * Whether the order has any reservation. A plain read: locking a key that does not exist yet would
   * lock the gap around it, and concurrent orders inserting into that gap would deadlock.
   */
  abstract existsForOrder(manager: EntityManager, orderId: string): Promise<boolean>;

  /** The order's reservations in SKU order, locked until the transaction ends. */
  abstract lockByOrder(manager: EntityManager, orderId: string): Promise<Reservation[]>;

  abstract insert(manager: EntityManager, reservations: readonly Reservation[], at: Date): Promise<void>;

  abstract setStatus(
    manager: EntityManager,
    orderId: string,
    skus: readonly string[],
    status: ReservationStatus,
    at: Date,
  ): Promise<void>;

  /** Orders holding RESERVED units past their time, oldest first. */
  abstract findExpiredOrderIds(now: Date, limit: number): Promise<string[]>;
}
