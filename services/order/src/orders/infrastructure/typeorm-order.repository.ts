import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Inbox } from '@shop/event-bus';
import { duplicateKeyOf } from '@shop/service-runtime';
import { DataSource, type EntityManager, type SelectQueryBuilder } from 'typeorm';
import type { Order } from '../domain/order';
import { ownerKey } from '../domain/order-owner';
import { statusesLeadingTo } from '../domain/order-status';
import {
  OrderRepository,
  type AdminOrderFilter,
  type HandledEvent,
  type InSameTransaction,
  type OrderPage,
  type OrderTransition,
  type PageRequest,
  type TransitionOutcome,
} from '../domain/order.repository';
import { OrderEntity } from './order.entity';
import { toOrder, toOrderRow } from './order.mapper';

const IDEMPOTENCY_INDEX = 'UQ_orders_owner_idempotency_key';

@Injectable()
export class TypeOrmOrderRepository extends OrderRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {
    super();
  }

  async insert(order: Order, inSameTransaction: InSameTransaction): Promise<'inserted' | 'key-taken'> {
    try {
      await this.dataSource.transaction(async (manager) => {
        await manager.insert(OrderEntity, toOrderRow(order, ownerKey(order.owner)));
        await inSameTransaction(manager);
      });
      return 'inserted';
    } catch (error) {
      if (duplicateKeyOf(error) === IDEMPOTENCY_INDEX) return 'key-taken';
      throw error;
    }
  }

  async findByIdempotencyKey(owner: string, idempotencyKey: string): Promise<Order | null> {
    const row = await this.rows().findOneBy({ ownerKey: owner, idempotencyKey });
    return row === null ? null : toOrder(row);
  }

  async findOwned(owner: string, orderId: string): Promise<Order | null> {
    const row = await this.rows().findOneBy({ id: orderId, ownerKey: owner });
    return row === null ? null : toOrder(row);
  }

  async findById(orderId: string): Promise<Order | null> {
    const row = await this.rows().findOneBy({ id: orderId });
    return row === null ? null : toOrder(row);
  }

  async listOwned(owner: string, page: PageRequest): Promise<OrderPage> {
    return this.pageOf(this.rows().createQueryBuilder('o').where('o.ownerKey = :owner', { owner }), page);
  }

  async list(filter: AdminOrderFilter, page: PageRequest): Promise<OrderPage> {
    const query = this.rows().createQueryBuilder('o');
    if (filter.status !== undefined) query.andWhere('o.status = :status', { status: filter.status });
    if (filter.from !== undefined) query.andWhere('o.createdAt >= :from', { from: filter.from });
    if (filter.to !== undefined) query.andWhere('o.createdAt < :to', { to: filter.to });
    if (filter.customerId !== undefined)
      query.andWhere('o.customerId = :customerId', { customerId: filter.customerId });
    if (filter.email !== undefined) query.andWhere('o.email = :email', { email: filter.email });
    return this.pageOf(query, page);
  }

  async transition(
    transition: OrderTransition,
    eventsFor: (order: Order) => InSameTransaction,
    handled?: HandledEvent,
  ): Promise<TransitionOutcome> {
    const work = (manager: EntityManager) => this.transitionIn(manager, transition, eventsFor);
    if (handled === undefined) return this.dataSource.transaction(work);
    const outcome = await Inbox.handleOnce(this.dataSource, handled.consumer, handled.eventId, work);
    return outcome.handled ? outcome.result : { changed: false };
  }

  async findPendingCreatedBefore(cutoff: Date, limit: number): Promise<string[]> {
    const rows = await this.rows()
      .createQueryBuilder('o')
      .select('o.id')
      .where('o.status = :status', { status: 'PENDING' })
      .andWhere('o.createdAt < :cutoff', { cutoff })
      .orderBy('o.createdAt', 'ASC')
      .limit(limit)
      .getMany();
    return rows.map((row) => row.id);
  }

  private async transitionIn(
    manager: EntityManager,
    { orderId, to, rejectionReason, now }: OrderTransition,
    eventsFor: (order: Order) => InSameTransaction,
  ): Promise<TransitionOutcome> {
    const result = await manager
      .createQueryBuilder()
      .update(OrderEntity)
      .set({ status: to, updatedAt: now, ...(rejectionReason === undefined ? {} : { rejectionReason }) })
      .where('id = :orderId', { orderId })
      .andWhere('status IN (:...from)', { from: statusesLeadingTo(to) })
      .execute();
    if (result.affected !== 1) return { changed: false };
    const order = toOrder(await manager.findOneByOrFail(OrderEntity, { id: orderId }));
    await eventsFor(order)(manager);
    return { changed: true, order };
  }

  private async pageOf(query: SelectQueryBuilder<OrderEntity>, { page, pageSize }: PageRequest): Promise<OrderPage> {
    const total = await query.getCount();
    const rows =
      total === 0
        ? []
        : await query
            .orderBy('o.createdAt', 'DESC')
            .addOrderBy('o.id', 'DESC')
            .offset((page - 1) * pageSize)
            .limit(pageSize)
            .getMany();
    return { items: rows.map(toOrder), total };
  }

  private rows() {
    return this.dataSource.getRepository(OrderEntity);
  }
}
