import type { DataSource } from 'typeorm';
import type { Category } from '../../categories/domain/category';
import { addMissingListingsOf } from '../../products/infrastructure/product-category-listings';
import { valuesPlaceholders } from '@shop/service-runtime';
import type { SeedProduct } from './seed-catalog';

const PRODUCT_COLUMNS = [
  'id',
  'sku',
  'name',
  'slug',
  'description',
  'price',
  'currency',
  'images',
  'attributes',
  'status',
  'created_at',
  'updated_at',
];

/**
 * Writes seed rows with multi-row INSERTs. A row whose key already exists is left as it is, so running
 * the seed again adds nothing and undoes no operator's change.
 */
export class SeedWriter {
  constructor(private readonly dataSource: DataSource) {}

  async productCount(): Promise<number> {
    const [row] = await this.dataSource.query<{ count: string | number }[]>('SELECT COUNT(*) AS count FROM products');
    return Number(row?.count ?? 0);
  }

  async writeCategories(categories: readonly Category[], now: Date): Promise<void> {
    if (categories.length === 0) return;
    await this.dataSource.query(
      'INSERT INTO categories (id, parent_id, name, slug, position, path, depth, created_at, updated_at) ' +
        `VALUES ${valuesPlaceholders(categories.length, 9)} ON DUPLICATE KEY UPDATE id = id`,
      categories.flatMap((c) => [c.id, c.parentId, c.name, c.slug, c.position, c.path, c.depth, now, now]),
    );
  }

  async writeProducts(products: readonly SeedProduct[]): Promise<void> {
    if (products.length === 0) return;
    await this.dataSource.query(
      `INSERT INTO products (${PRODUCT_COLUMNS.join(', ')}) ` +
        `VALUES ${valuesPlaceholders(products.length, PRODUCT_COLUMNS.length)} ON DUPLICATE KEY UPDATE id = id`,
      products.flatMap((p) => [
        p.id,
        p.sku,
        p.name,
        p.slug,
        p.description,
        p.price,
        p.currency,
        JSON.stringify(p.images),
        JSON.stringify(p.attributes),
        p.status,
        p.createdAt,
        p.createdAt,
      ]),
    );
    const links = products.flatMap((p) => p.categoryIds.map((categoryId) => [p.id, categoryId]));
    await this.dataSource.query(
      'INSERT INTO product_categories (product_id, category_id) ' +
        `VALUES ${valuesPlaceholders(links.length, 2)} ON DUPLICATE KEY UPDATE product_id = product_id`,
      links.flat(),
    );
    await addMissingListingsOf(
      this.dataSource,
      products.map((p) => p.id),
    );
  }
}
