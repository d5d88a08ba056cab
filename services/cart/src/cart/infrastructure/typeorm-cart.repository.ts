import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Inbox } from '@shop/event-bus';
import { DataSource, In, QueryFailedError, type EntityManager, type SelectQueryBuilder } from 'typeorm';
import type { Cart, CartItem } from '../domain/cart';
import type { CartOwner, CustomerOwner, GuestOwner } from '../domain/cart-owner';
import { CartNotFoundError } from '../domain/cart.errors';
import { CartRepository, type CartChange, type EmptyOutcome } from '../domain/cart.repository';
import { CartItemEntity } from './cart-item.entity';
import { CartEntity } from './cart.entity';
import { toCart, toCartItemRow, toCartRow } from './cart.mapper';

// Two first requests of one customer may both find no cart and both insert one: the loser fails on the
// unique customer_id (or InnoDB picks it as a deadlock victim of the two gap locks) and simply runs again.
const ATTEMPTS = 3;
const RETRYABLE = new Set(['ER_DUP_ENTRY', 'ER_LOCK_DEADLOCK']);

function isRetryable(error: unknown): boolean {
  if (!(error instanceof QueryFailedError)) return false;
  const { code } = error.driverError as { code?: unknown };
  return typeof code === 'string' && RETRYABLE.has(code);
}

function whereOwner<T extends object>(query: SelectQueryBuilder<T>, owner: CartOwner): SelectQueryBuilder<T> {
  return owner.kind === 'customer'
    ? query.where('c.customerId = :customerId', { customerId: owner.customerId })
    : query.where('c.guestTokenHash = :tokenHash', { tokenHash: owner.tokenHash });
}

@Injectable()
export class TypeOrmCartRepository extends CartRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {
    super();
  }

  async findLive(owner: CartOwner, now: Date): Promise<Cart | null> {
    const query = this.dataSource.getRepository(CartEntity).createQueryBuilder('c').leftJoinAndSelect('c.items', 'i');
    const row = await whereOwner(query, owner)
      .andWhere('c.expiresAt > :now', { now })
      .orderBy('i.addedAt', 'ASC')
      .addOrderBy('i.id', 'ASC')
      .getOne();
    return row === null ? null : toCart(row, row.items ?? []);
  }

  async insert(cart: Cart): Promise<void> {
    await this.dataSource.getRepository(CartEntity).insert(toCartRow(cart));
  }

  async modify<T>(
    owner: CartOwner,
    now: Date,
    open: (() => Cart) | undefined,
    change: (cart: Cart) => T,
  ): Promise<CartChange<T>> {
    return this.retryingConflicts(() =>
      this.dataSource.transaction(async (manager) => {
        const { cart, created } = await this.lockedOrOpened(manager, owner, now, open);
        const before = [...cart.items];
        const result = change(cart);
        await storeChanges(manager, cart, before);
        return { cart, result, created };
      }),
    );
  }

  async merge<T>(
    guest: GuestOwner,
    customer: CustomerOwner,
    now: Date,
    open: () => Cart,
    change: (customerCart: Cart, guestCart: Cart) => T,
  ): Promise<CartChange<T>> {
    return this.retryingConflicts(() =>
      this.dataSource.transaction(async (manager) => {
        // The guest cart first: a merge never waits on a guest cart while holding a customer's.
        const { cart: guestCart } = await this.lockedOrOpened(manager, guest, now, undefined);
        const { cart, created } = await this.lockedOrOpened(manager, customer, now, open);
        const before = [...cart.items];
        const result = change(cart, guestCart);
        await storeChanges(manager, cart, before);
        await manager.delete(CartEntity, { id: guestCart.id });
        return { cart, result, created };
      }),
    );
  }

  async emptyOnce(consumer: string, eventId: string, cartId: string, now: Date): Promise<EmptyOutcome> {
    const outcome = await Inbox.handleOnce(this.dataSource, consumer, eventId, async (manager) => {
      const touched = await manager.update(CartEntity, { id: cartId }, { updatedAt: now });
      if (touched.affected === 0) return 'no-cart' as const;
      await manager.delete(CartItemEntity, { cartId });
      return 'emptied' as const;
    });
    return outcome.handled ? outcome.result : 'already-handled';
  }

  async deleteExpired(now: Date, limit: number): Promise<number> {
    // The foreign key deletes the carts' lines with them.
    const result: unknown = await this.dataSource.query(
      'DELETE FROM `carts` WHERE `expires_at` <= ? ORDER BY `expires_at` LIMIT ?',
      [now, limit],
    );
    return (result as { affectedRows?: number }).affectedRows ?? 0;
  }

  /**
   * The owner's cart, its row locked until the transaction ends. An expired cart is deleted (when a new
   * one is to be opened in its place) or treated as absent.
   */
  private async lockedOrOpened(
    manager: EntityManager,
    owner: CartOwner,
    now: Date,
    open: (() => Cart) | undefined,
  ): Promise<{ cart: Cart; created: boolean }> {
    const row = await whereOwner(manager.getRepository(CartEntity).createQueryBuilder('c'), owner)
      .setLock('pessimistic_write')
      .getOne();
    if (row !== null && row.expiresAt.getTime() > now.getTime()) {
      const items = await manager.find(CartItemEntity, {
        where: { cartId: row.id },
        order: { addedAt: 'ASC', id: 'ASC' },
      });
      return { cart: toCart(row, items), created: false };
    }
    if (open === undefined) throw new CartNotFoundError();
    if (row !== null) await manager.delete(CartEntity, { id: row.id });
    const cart = open();
    await manager.insert(CartEntity, toCartRow(cart));
    return { cart, created: true };
  }

  private async retryingConflicts<T>(transaction: () => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt += 1) {
      try {
        return await transaction();
      } catch (error) {
        if (attempt >= ATTEMPTS || !isRetryable(error)) throw error;
      }
    }
  }
}

/** Writes the difference between the lines a cart had and has, and its new change and expiry times. */
async function storeChanges(manager: EntityManager, cart: Cart, before: readonly CartItem[]): Promise<void> {
  const previous = new Map(before.map((item) => [item.id, item]));
  const current = new Set(cart.items.map((item) => item.id));
  const removed = before.filter((item) => !current.has(item.id)).map((item) => item.id);
  if (removed.length > 0) await manager.delete(CartItemEntity, { id: In(removed) });

  const added = cart.items.filter((item) => !previous.has(item.id));
  if (added.length > 0)
    await manager.insert(
      CartItemEntity,
      added.map((item) => toCartItemRow(cart.id, item)),
    );

  for (const item of cart.items) {
    const old = previous.get(item.id);
    if (old !== undefined && old !== item) {
      const { id, ...columns } = toCartItemRow(cart.id, item);
      await manager.update(CartItemEntity, { id }, columns);
    }
  }
  await manager.update(CartEntity, { id: cart.id }, { updatedAt: cart.updatedAt, expiresAt: cart.expiresAt });
}
