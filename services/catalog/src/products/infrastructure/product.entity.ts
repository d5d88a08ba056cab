import { Column, Entity, Index, JoinTable, ManyToMany, PrimaryColumn } from 'typeorm';
import { CategoryEntity } from '../../categories/infrastructure/category.entity';
import type { StockStatusEntity } from '../../stock/infrastructure/stock-status.entity';
import type { ProductAttributes, ProductImage, ProductStatus } from '../domain/product';

@Entity({ name: 'products' })
@Index('IDX_products_status_price', ['status', 'price'])
@Index('IDX_products_status_name', ['status', 'name'])
@Index('IDX_products_status_created', ['status', 'createdAt'])
@Index('FT_products_name_description', ['name', 'description'], { fulltext: true })
export class ProductEntity {
  @PrimaryColumn({ type: 'char', length: 36 })
  id!: string;

  @Index('UQ_products_sku', { unique: true })
  @Column({ type: 'varchar', length: 64 })
  sku!: string;

  // Its own FULLTEXT index lets the ranking weigh a match in the name above one in the description.
  @Index('FT_products_name', { fulltext: true })
  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Index('UQ_products_slug', { unique: true })
  @Column({ type: 'varchar', length: 120 })
  slug!: string;

  @Column({ type: 'text' })
  description!: string;

  // mysql2 returns DECIMAL as a string, so the exact amount reaches the mapper untouched.
  @Column({ type: 'decimal', precision: 12, scale: 2 })
  price!: string;

  @Column({ type: 'char', length: 3 })
  currency!: string;

  @Column({ type: 'json' })
  images!: ProductImage[];

  @Column({ type: 'json' })
  attributes!: ProductAttributes;

  @Column({ type: 'enum', enum: ['draft', 'active', 'archived'] })
  status!: ProductStatus;

  @Column({ name: 'created_at', type: 'datetime', precision: 3 })
  createdAt!: Date;

  @Column({ name: 'updated_at', type: 'datetime', precision: 3 })
  updatedAt!: Date;

  /** Counts the writes; an update names the version it read (optimistic locking, Product.version). */
  @Column({ type: 'int', default: 1 })
  version!: number;

  @ManyToMany(() => CategoryEntity)
  @JoinTable({
    name: 'product_categories',
    joinColumn: {
      name: 'product_id',
      referencedColumnName: 'id',
      foreignKeyConstraintName: 'FK_product_categories_product',
    },
    inverseJoinColumn: {
      name: 'category_id',
      referencedColumnName: 'id',
      foreignKeyConstraintName: 'FK_product_categories_category',
    },
  })
  categories?: CategoryEntity[];

  /** Not a column: filled by reads that join `stock_statuses` on the SKU (null when inventory never reported). */
  stock?: StockStatusEntity | null;
}
