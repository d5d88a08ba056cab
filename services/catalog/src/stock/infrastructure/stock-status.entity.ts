import { Column, Entity, PrimaryColumn } from 'typeorm';
import { REPORTED_STOCK_STATUSES, type ReportedStockStatus } from '../domain/stock-status';

/**
 * A row of `stock_statuses`: inventory's last report on a SKU (migration 1765200000002-stock-statuses).
 * Keyed by SKU, not product id, because that is what inventory knows; products join it on their SKU.
 */
@Entity({ name: 'stock_statuses' })
export class StockStatusEntity {
  // As long as products.sku, so the join compares like with like.
  @PrimaryColumn({ type: 'varchar', length: 64 })
  sku!: string;

  @Column({ type: 'enum', enum: REPORTED_STOCK_STATUSES })
  status!: ReportedStockStatus;

  @Column({ name: 'as_of', type: 'datetime', precision: 3 })
  asOf!: Date;
}
