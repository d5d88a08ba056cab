import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, SelectQueryBuilder } from 'typeorm';
import { duplicateKeyOf } from '../../persistence/mysql-errors';
import { escapeLike, valuesPlaceholders } from '../../persistence/sql';
import { formatMinorUnits } from '../domain/money';
import type { Product, ProductStatus } from '../domain/product';
import { offsetOf, type ProductListCriteria } from '../domain/product-list-criteria';
import type { ProductReference } from '../domain/product-reference';
import type { ProductSummary, ProductWithCategories } from '../domain/product-views';
import { ProductRepository } from '../domain/product.repository';
import { ProductSlugTakenError, SkuTakenError } from '../domain/product.errors';
import { ProductEntity } from './product.entity';
import { toProductRow, toProductSummary, toProductWithCategories } from './product.mapper';

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
// A match in the name counts three times as much as one in the description, so names rank first.
const RELEVANCE =
  '3 * MATCH(p.name) AGAINST (:search IN NATURAL LANGUAGE MODE) + ' +
  'MATCH(p.name, p.description) AGAINST (:search IN NATURAL LANGUAGE MODE)';

@Injectable()
export class TypeOrmProductRepository extends ProductRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {
    super();
  }

  async count(criteria: ProductListCriteria, categoryPath: string | undefined): Promise<number> {
    return this.matching(criteria, categoryPath).getCount();
  }

  async findPage(criteria: ProductListCriteria, categoryPath: string | undefined): Promise<ProductSummary[]> {
    const page = this.matching(criteria, categoryPath)
      .select(SUMMARY_COLUMNS)
      .offset(offsetOf(criteria))
      .limit(criteria.pageSize);
    // The id breaks ties so that pages never overlap or skip a product; it runs in the same direction
    // as the sort, so that the (status, column) index, which ends in the id, delivers rows in order.
    switch (criteria.sort) {
      case 'price':
        page.orderBy('p.price', 'ASC').addOrderBy('p.id', 'ASC');
        break;
      case '-price':
        page.orderBy('p.price', 'DESC').addOrderBy('p.id', 'DESC');
        break;
      case 'name':
        page.orderBy('p.name', 'ASC').addOrderBy('p.id', 'ASC');
        break;
      case 'newest':
        page.orderBy('p.createdAt', 'DESC').addOrderBy('p.id', 'DESC');
        break;
      case 'relevance':
        page.addSelect(RELEVANCE, 'relevance').orderBy('relevance', 'DESC').addOrderBy('p.id', 'ASC');
        break;
    }
    const rows = await page.getMany();
    return rows.map(toProductSummary);
  }

  private matching(criteria: ProductListCriteria, categoryPath: string | undefined): SelectQueryBuilder<ProductEntity> {
    const query = this.dataSource
      .getRepository(ProductEntity)
      .createQueryBuilder('p')
      .where('p.status IN (:...statuses)', { statuses: criteria.statuses });
    if (criteria.minPrice !== undefined) {
      query.andWhere('p.price >= CAST(:minPrice AS DECIMAL(12,2))', { minPrice: formatMinorUnits(criteria.minPrice) });
    }
    if (criteria.maxPrice !== undefined) {
      query.andWhere('p.price <= CAST(:maxPrice AS DECIMAL(12,2))', { maxPrice: formatMinorUnits(criteria.maxPrice) });
    }
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

  async findExistingIds(ids: readonly string[]): Promise<string[]> {
    if (ids.length === 0) return [];
    const rows = await this.dataSource
      .getRepository(ProductEntity)
      .createQueryBuilder('p')
      .select(['p.id'])
      .where('p.id IN (:...ids)', { ids })
      .getMany();
    return rows.map((row) => row.id);
  }

  async insert(product: Product): Promise<void> {
    await this.translatingDuplicates(product, () =>
      this.dataSource.transaction(async (manager) => {
        await manager.insert(ProductEntity, toProductRow(product));
        await insertCategoryLinks(manager, product.id, product.categoryIds);
      }),
    );
  }

  async update(product: Product, previous: Product): Promise<void> {
    await this.translatingDuplicates(product, () =>
      this.dataSource.transaction(async (manager) => {
        const { id, ...columns } = toProductRow(product);
        await manager.update(ProductEntity, { id }, columns);
        if (sameMembers(product.categoryIds, previous.categoryIds)) return;
        await manager.query('DELETE FROM product_categories WHERE product_id = ?', [id]);
        await insertCategoryLinks(manager, id, product.categoryIds);
      }),
    );
  }

  async setStatus(ids: readonly string[], status: ProductStatus, now: Date): Promise<void> {
    await this.dataSource
      .createQueryBuilder()
      .update(ProductEntity)
      .set({ status, updatedAt: now })
      .where('id IN (:...ids)', { ids })
      .execute();
  }

  private async translatingDuplicates(product: Product, write: () => Promise<void>): Promise<void> {
    try {
      await write();
    } catch (error) {
      const key = duplicateKeyOf(error);
      if (key === 'UQ_products_sku') throw new SkuTakenError(product.sku);
      if (key === 'UQ_products_slug') throw new ProductSlugTakenError(product.slug);
      throw error;
    }
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
