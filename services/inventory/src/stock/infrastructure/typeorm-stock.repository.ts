import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { escapeLike } from '@shop/service-runtime';
import { DataSource } from 'typeorm';
import type { StockItem } from '../domain/stock-item';
import type { StockMovement } from '../domain/stock-movement';
import {
  offsetOf,
  StockRepository,
  type Page,
  type PageRequest,
  type StockListCriteria,
  type StockTotals,
} from '../domain/stock.repository';
import { StockItemEntity } from './stock-item.entity';
import { StockMovementEntity } from './stock-movement.entity';
import { toStockItem, toStockMovement } from './stock.mapper';

@Injectable()
export class TypeOrmStockRepository extends StockRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {
    super();
  }

  async findBySku(sku: string): Promise<StockItem | null> {
    const row = await this.dataSource.getRepository(StockItemEntity).findOneBy({ sku });
    return row === null ? null : toStockItem(row);
  }

  async findPage(criteria: StockListCriteria): Promise<Page<StockItem>> {
    const query = this.dataSource.getRepository(StockItemEntity).createQueryBuilder('s');
    if (criteria.lowStockOnly) query.andWhere('s.onHand - s.reserved <= s.lowStockThreshold');
    if (criteria.skuPrefix !== undefined) {
      query.andWhere('s.sku LIKE :prefix', { prefix: `${escapeLike(criteria.skuPrefix)}%` });
    }
    const [rows, total] = await query
      .orderBy('s.sku', 'ASC')
      .offset(offsetOf(criteria))
      .limit(criteria.pageSize)
      .getManyAndCount();
    return { items: rows.map(toStockItem), total };
  }

  async findMovements(sku: string, page: PageRequest): Promise<Page<StockMovement>> {
    const [rows, total] = await this.dataSource.getRepository(StockMovementEntity).findAndCount({
      where: { sku },
      order: { id: 'DESC' },
      skip: offsetOf(page),
      take: page.pageSize,
    });
    return { items: rows.map(toStockMovement), total };
  }

  async totals(): Promise<StockTotals> {
    const rows = await this.dataSource.query<{ available: string | number; low: string | number }[]>(
      'SELECT COALESCE(SUM(on_hand - reserved), 0) AS available, ' +
        'COALESCE(SUM(on_hand - reserved <= low_stock_threshold), 0) AS low FROM stock_items',
    );
    return { availableUnits: Number(rows[0]?.available ?? 0), lowStockItems: Number(rows[0]?.low ?? 0) };
  }
}
