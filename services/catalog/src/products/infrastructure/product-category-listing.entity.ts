import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { ProductStatus } from '../domain/product';

/**
 * A product's listing under one category: one row for every category the product is in and every
 * ancestor of those, carrying the columns that storefront lists filter and sort on. Derived from
 * `products`, `product_categories` and `categories` in the same transactions that change them, so a
 * category list (descendants included) is one index range that stops after the requested page.
 */
@Entity({ name: 'product_category_listings' })
@Index('IDX_listings_category_status_price', ['categoryId', 'status', 'price', 'productId'])
// The price after the key lets a price range filter name and date orders inside the index.
@Index('IDX_listings_category_status_name', ['categoryId', 'status', 'name', 'productId', 'price'])
@Index('IDX_listings_category_status_created', ['categoryId', 'status', 'createdAt', 'productId', 'price'])
export class ProductCategoryListingEntity {
  // Product first: rewriting one product's listings is a primary key range.
  @PrimaryColumn({ name: 'product_id', type: 'char', length: 36 })
  productId!: string;

  @PrimaryColumn({ name: 'category_id', type: 'char', length: 36 })
  categoryId!: string;

  @Column({ type: 'enum', enum: ['draft', 'active', 'archived'] })
  status!: ProductStatus;

  @Column({ type: 'decimal', precision: 12, scale: 2 })
  price!: string;

  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Column({ name: 'created_at', type: 'datetime', precision: 3 })
  createdAt!: Date;
}
