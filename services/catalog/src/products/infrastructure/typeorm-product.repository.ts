import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, type ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { formatDecimalAmount } from '@shop/contracts';
import { duplicateKeyOf, escapeLike, valuesPlaceholders } from '@shop/service-runtime';
import { StockStatusEntity } from '../../stock/infrastructure/stock-status.entity';
import type { Product, ProductStatus } from '../domain/product';
import { offsetOf, type ProductListCriteria, type ProductSort } from '../domain/product-list-criteria';
import type { ProductReference } from '../domain/product-reference';
import type { ProductSummary, ProductWithCategories } from '../domain/product-views';
import { ProductRepository, type CategoryScope, type InSameTransaction } from '../domain/product.repository';
import { ProductSlugTakenError, SkuTakenError } from '../domain/product.errors';
import { ProductCategoryListingEntity } from './product-category-listing.entity';
import {
  insertListingsOf,
  rebuildListingsOf,
  refreshListedColumnsOf,
  setListingStatus,
  shareCategoryTree,
} from './product-category-listings';
import { ProductEntity } from './product.entity';
import { toProduct, toProductRow, toProductSummary, toProductWithCategories } from './product.mapper';

const SUMMARY_COLUMNS = [
  'p.id',
  'p.sku',
  'p.slug',
  'p.name',
  'p.price',
  'p.currency',
  'p.images',
  'p.status',
  'p.createdAt',
];

// Every read that shows products joins their stock status: one primary-key lookup per row of the page,
// inside the same statement (CUS-04: kept from inventory's events, never asked of inventory per request).
const STOCK_STATUS_JOIN = ['p.stock', StockStatusEntity, 's', 's.sku = p.sku'] as const;

interface SortOrder {
  column: 'price' | 'name' | 'createdAt';
  direction: 'ASC' | 'DESC';
}

// The product id breaks ties so that pages never overlap or skip a product; it runs in the same
// direction as the sort, so that the indexes on (..., column, id) deliver rows in order, no filesort.
const SORT_ORDERS: Record<Exclude<ProductSort, 'relevance'>, SortOrder> = {
  price: { column: 'price', direction: 'ASC' },
  '-price': { column: 'price', direction: 'DESC' },
  name: { column: 'name', direction: 'ASC' },
  newest: { column: 'createdAt', direction: 'DESC' },
};
// A match in the name counts three times as much as one in the description, so names rank first.
const RELEVANCE =
  '3 * MATCH(p.name) AGAINST (:search IN NATURAL LANGUAGE MODE) + ' +
  'MATCH(p.name, p.description) AGAINST (:search IN NATURAL LANGUAGE MODE)';

/** Thrown inside a transaction to roll it back when a guarded write finds a newer version. */
class LostRace extends Error {}

@Injectable()
export class TypeOrmProductRepository extends ProductRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {
    super();
  }

  async count(criteria: ProductListCriteria, category: CategoryScope | undefined): Promise<number> {
    if (category !== undefined && criteria.search === undefined) return this.countListings(criteria, category);
    return this.matching(criteria, category?.path).getCount();
  }

  async findPage(criteria: ProductListCriteria, category: CategoryScope | undefined): Promise<ProductSummary[]> {
    const order = criteria.sort === 'relevance' ? undefined : SORT_ORDERS[criteria.sort];
    const page =
      category !== undefined && criteria.search === undefined && order !== undefined
        ? this.pageFromListings(criteria, category, order)
        : this.pageFromProducts(criteria, category, order);
    const rows = await page.getMany();
    return rows.map(toProductSummary);
  }

  /** Counts the category's listings: a range of one of its (category, status, ...) indexes, read alone. */
  private async countListings(criteria: ProductListCriteria, category: CategoryScope): Promise<number> {
    const query = this.dataSource
      .getRepository(ProductCategoryListingEntity)
      .createQueryBuilder('l')
      .select('COUNT(*)', 'total')
      .where('l.categoryId = :categoryId', { categoryId: category.id })
      .andWhere('l.status IN (:...statuses)', { statuses: criteria.statuses });
    withPriceRange(query, criteria, 'l');
    const row = await query.getRawOne<{ total: string | number }>();
    return Number(row?.total ?? 0);
  }

  /**
   * A derived table walks the category's listings in the order of the sort's (category, status,
   * column, product) index, reading index entries only, and stops after offset + pageSize of them;
   * only the page's products are then read, by their key (a late row lookup: deep pages skip listing
   * entries, not product rows).
   */
  private pageFromListings(
    criteria: ProductListCriteria,
    category: CategoryScope,
    order: SortOrder,
  ): SelectQueryBuilder<ProductEntity> {
    return this.dataSource
      .getRepository(ProductEntity)
      .createQueryBuilder('p')
      .innerJoin(
        (listings) => {
          const query = listings
            .select('l.productId', 'product_id')
            .addSelect(`l.${order.column}`, 'sort_key')
            .from(ProductCategoryListingEntity, 'l')
            .where('l.categoryId = :categoryId', { categoryId: category.id })
            .andWhere('l.status IN (:...statuses)', { statuses: criteria.statuses });
          withPriceRange(query, criteria, 'l');
          return query
            .orderBy(`l.${order.column}`, order.direction)
            .addOrderBy('l.productId', order.direction)
            .offset(offsetOf(criteria))
            .limit(criteria.pageSize);
        },
        'page',
        'page.product_id = p.id',
      )
      .select(SUMMARY_COLUMNS)
      .leftJoinAndMapOne(...STOCK_STATUS_JOIN)
      .orderBy('page.sort_key', order.direction)
      .addOrderBy('page.product_id', order.direction);
  }

  private pageFromProducts(
    criteria: ProductListCriteria,
    category: CategoryScope | undefined,
    order: SortOrder | undefined,
  ): SelectQueryBuilder<ProductEntity> {
    const query = this.matching(criteria, category?.path)
      .select(SUMMARY_COLUMNS)
      .leftJoinAndMapOne(...STOCK_STATUS_JOIN)
      .offset(offsetOf(criteria))
      .limit(criteria.pageSize);
    if (order === undefined) {
      return query.addSelect(RELEVANCE, 'relevance').orderBy('relevance', 'DESC').addOrderBy('p.id', 'ASC');
    }
    return query.orderBy(`p.${order.column}`, order.direction).addOrderBy('p.id', order.direction);
  }

  private matching(criteria: ProductListCriteria, categoryPath: string | undefined): SelectQueryBuilder<ProductEntity> {
    const query = this.dataSource
      .getRepository(ProductEntity)
      .createQueryBuilder('p')
      .where('p.status IN (:...statuses)', { statuses: criteria.statuses });
    withPriceRange(query, criteria, 'p');
    if (categoryPath !== undefined) {
      query.andWhere(
        'p.id IN (SELECT pc.product_id FROM product_categories pc ' +
          'JOIN categories c ON c.id = pc.category_id WHERE c.path LIKE :categoryPrefix)',
        { categoryPrefix: `${escapeLike(categoryPath)}%` },
      );
    }
    if (criteria.search !== undefined) {
      query.andWhere('MATCH(p.name, p.description) AGAINST (:search IN NATURAL LANGUAGE MODE)', {
        search: criteria.search,
      });
    }
    return query;
  }

  async findByReference(
    reference: ProductReference,
    statuses: readonly ProductStatus[],
  ): Promise<ProductWithCategories | null> {
    const query = this.dataSource
      .getRepository(ProductEntity)
      .createQueryBuilder('p')
      .leftJoinAndSelect('p.categories', 'c')
      .leftJoinAndMapOne(...STOCK_STATUS_JOIN)
      .where('p.status IN (:...statuses)', { statuses });
    if (reference.kind === 'id') query.andWhere('p.id = :id', { id: reference.id });
    else query.andWhere('p.slug = :slug', { slug: reference.slug });
    const row = await query.getOne();
    return row === null ? null : toProductWithCategories(row);
  }

  async findRelated(product: Pick<Product, 'id' | 'categoryIds'>, limit: number): Promise<ProductSummary[]> {
    const [categoryId] = product.categoryIds;
    if (categoryId === undefined) return [];
    // Walks the category's (category_id, product_id) index and stops after `limit` active rows;
    // "newest first" would have to sort every product of the category first.
    const rows = await this.dataSource
      .getRepository(ProductEntity)
      .createQueryBuilder('p')
      .innerJoin('product_categories', 'pc', 'pc.product_id = p.id')
      .select(SUMMARY_COLUMNS)
      .leftJoinAndMapOne(...STOCK_STATUS_JOIN)
      .where('pc.category_id = :categoryId', { categoryId })
      .andWhere('pc.product_id <> :id', { id: product.id })
      .andWhere('p.status = :active', { active: 'active' satisfies ProductStatus })
      .orderBy('pc.product_id', 'ASC')
      .limit(limit)
      .getMany();
    return rows.map(toProductSummary);
  }

  async findNameBySlug(slug: string): Promise<string | null> {
    const row = await this.dataSource
      .getRepository(ProductEntity)
      .createQueryBuilder('p')
      .select(['p.id', 'p.name'])
      .where('p.slug = :slug', { slug })
      .getOne();
    return row?.name ?? null;
  }

  async findByIds(ids: readonly string[]): Promise<Product[]> {
    if (ids.length === 0) return [];
    const rows = await this.dataSource
      .getRepository(ProductEntity)
      .createQueryBuilder('p')
      .leftJoinAndSelect('p.categories', 'c')
      .where('p.id IN (:...ids)', { ids })
      .getMany();
    return rows.map(toProduct);
  }

  async insert(product: Product, inSameTransaction: InSameTransaction): Promise<void> {
    await this.translatingDuplicates(product, () =>
      this.dataSource.transaction(async (manager) => {
        await shareCategoryTree(manager);
        await manager.insert(ProductEntity, toProductRow(product));
        await insertCategoryLinks(manager, product.id, product.categoryIds);
        await insertListingsOf(manager, [product.id]);
        await inSameTransaction(manager);
      }),
    );
  }

  async update(product: Product, previous: Product, inSameTransaction: InSameTransaction): Promise<boolean> {
    return this.translatingDuplicates(product, () =>
      this.dataSource.transaction(async (manager) => {
        const { id, ...columns } = toProductRow(product);
        await shareCategoryTree(manager);
        const { affected } = await manager.update(ProductEntity, { id, version: previous.version }, columns);
        if (affected !== 1) return false;
        if (sameMembers(product.categoryIds, previous.categoryIds)) {
          await refreshListedColumnsOf(manager, id);
        } else {
          await manager.query('DELETE FROM product_categories WHERE product_id = ?', [id]);
          await insertCategoryLinks(manager, id, product.categoryIds);
          await rebuildListingsOf(manager, [id]);
        }
        await inSameTransaction(manager);
        return true;
      }),
    );
  }

  async setStatus(
    products: readonly Product[],
    status: ProductStatus,
    now: Date,
    inSameTransaction: InSameTransaction,
  ): Promise<boolean> {
    const ids = products.map((product) => product.id);
    return this.dataSource
      .transaction(async (manager) => {
        await shareCategoryTree(manager);
        const result: unknown = await manager.query(
          'UPDATE `products` SET `status` = ?, `updated_at` = ?, `version` = `version` + 1 ' +
            `WHERE (\`id\`, \`version\`) IN (${products.map(() => '(?, ?)').join(', ')})`,
          [status, now, ...products.flatMap((product) => [product.id, product.version])],
        );
        // Some product was written since it was read: undo, so that the caller can start again from the latest.
        if ((result as { affectedRows?: number }).affectedRows !== products.length) throw new LostRace();
        await setListingStatus(manager, ids, status);
        await inSameTransaction(manager);
        return true;
      })
      .catch((error: unknown) => {
        if (error instanceof LostRace) return false;
        throw error;
      });
  }

  private async translatingDuplicates<T>(product: Product, write: () => Promise<T>): Promise<T> {
    try {
      return await write();
    } catch (error) {
      const key = duplicateKeyOf(error);
      if (key === 'UQ_products_sku') throw new SkuTakenError(product.sku);
      if (key === 'UQ_products_slug') throw new ProductSlugTakenError(product.slug);
      throw error;
    }
  }
}

function withPriceRange<T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>,
  criteria: ProductListCriteria,
  alias: string,
): void {
  if (criteria.minPrice !== undefined) {
    query.andWhere(`${alias}.price >= CAST(:minPrice AS DECIMAL(12,2))`, {
      minPrice: formatDecimalAmount(criteria.minPrice),
    });
  }
  if (criteria.maxPrice !== undefined) {
    query.andWhere(`${alias}.price <= CAST(:maxPrice AS DECIMAL(12,2))`, {
      maxPrice: formatDecimalAmount(criteria.maxPrice),
    });
  }
}

async function insertCategoryLinks(
  manager: EntityManager,
  productId: string,
  categoryIds: readonly string[],
): Promise<void> {
  if (categoryIds.length === 0) return;
  await manager.query(
    `INSERT INTO product_categories (product_id, category_id) VALUES ${valuesPlaceholders(categoryIds.length, 2)}`,
    categoryIds.flatMap((categoryId) => [productId, categoryId]),
  );
}

function sameMembers(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id) => b.includes(id));
}
