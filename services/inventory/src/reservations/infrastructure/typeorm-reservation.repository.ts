import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, type EntityManager } from 'typeorm';
import type { Reservation, ReservationStatus } from '../domain/reservation';
import { ReservationRepository } from '../domain/reservation.repository';
import { ReservationEntity } from './reservation.entity';

function toReservation(row: ReservationEntity): Reservation {
  return {
    orderId: row.orderId,
    sku: row.sku,
    quantity: row.quantity,
    status: row.status,
    reservedUntil: row.reservedUntil,
  };
}

@Injectable()
export class TypeOrmReservationRepository extends ReservationRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {
    super();
  }

  existsForOrder(manager: EntityManager, orderId: string): Promise<boolean> {
    return manager.exists(ReservationEntity, { where: { orderId } });
  }

  async lockByOrder(manager: EntityManager, orderId: string): Promise<Reservation[]> {
    const rows = await manager.find(ReservationEntity, {
      where: { orderId },
      order: { sku: 'ASC' },
      lock: { mode: 'pessimistic_write' },
    });
    return rows.map(toReservation);
  }

  async insert(manager: EntityManager, reservations: readonly Reservation[], at: Date): Promise<void> {
    if (reservations.length === 0) return;
    await manager.insert(
      ReservationEntity,
      reservations.map((reservation) => ({ ...reservation, createdAt: at, updatedAt: at })),
    );
  }

  async setStatus(
    manager: EntityManager,
    orderId: string,
    skus: readonly string[],
    status: ReservationStatus,
    at: Date,
  ): Promise<void> {
    if (skus.length === 0) return;
    await manager.update(ReservationEntity, { orderId, sku: In([...skus]) }, { status, updatedAt: at });
  }

  async findExpiredOrderIds(now: Date, limit: number): Promise<string[]> {
    const rows = await this.dataSource.query<{ orderId: string }[]>(
      'SELECT order_id AS orderId, MIN(reserved_until) AS until FROM reservations ' +
        "WHERE status = 'RESERVED' AND reserved_until <= ? GROUP BY order_id ORDER BY until LIMIT ?",
      [now, limit],
    );
    return rows.map((row) => row.orderId);
  }
}
