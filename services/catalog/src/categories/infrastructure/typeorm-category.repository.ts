import { EntityManager, Repository } from 'typeorm';
import { duplicateKeyOf, escapeLike } from '@shop/service-runtime';
import type { ProductStatus } from '../../products/domain/product';
import { rebuildListingsUnder } from '../../products/infrastructure/product-category-listings';
import type { Category } from '../domain/category';
import type { CategoryMove } from '../domain/category-path';
import { CategoryRepository } from '../domain/category.repository';
import { CategorySlugTakenError } from '../domain/category.errors';
import { CategoryEntity } from './category.entity';
import { toCategory } from './category.mapper';

interface CountRow {
  id: string;
  productCount: string | number;
}

/** Built on an EntityManager: the data source's for plain use, a transaction's inside `inTransaction`. */
export class TypeOrmCategoryRepository extends CategoryRepository {
  private readonly categories: Repository<CategoryEntity>;

  constructor(private readonly manager: EntityManager) {
    super();
    this.categories = manager.getRepository(CategoryEntity);
  }

  async inTransaction<T>(work: (categories: CategoryRepository) => Promise<T>): Promise<T> {
    return this.manager.transaction((manager) => work(new TypeOrmCategoryRepository(manager)));
  }

  async lockTree(): Promise<Category[]> {
    const rows = await this.categories
      .createQueryBuilder('c')
      .orderBy('c.id', 'ASC')
      .setLock('pessimistic_write')
      .getMany();
    return rows.map(toCategory);
  }

  async findAll(): Promise<Category[]> {
    const rows = await this.categories.find({ order: { path: 'ASC' } });
    return rows.map(toCategory);
  }

  async countProducts(statuses: readonly ProductStatus[]): Promise<Map<string, number>> {
    // A product has one listing per category it is in or under, so counting listings counts each
    // product once per category, descendants included.
    const rows: CountRow[] = await this.manager.query(
      'SELECT category_id AS id, COUNT(*) AS productCount FROM product_category_listings ' +
        'WHERE status IN (?) GROUP BY category_id',
      [statuses],
    );
    return new Map(rows.map((row) => [row.id, Number(row.productCount)]));
  }

  async findById(id: string): Promise<Category | null> {
    const row = await this.categories.findOneBy({ id });
    return row === null ? null : toCategory(row);
  }

  async findBySlug(slug: string): Promise<Category | null> {
    const row = await this.categories.findOneBy({ slug });
    return row === null ? null : toCategory(row);
  }

  async findExistingIds(ids: readonly string[]): Promise<string[]> {
    if (ids.length === 0) return [];
    const rows = await this.categories
      .createQueryBuilder('c')
      .select(['c.id'])
      .where('c.id IN (:...ids)', { ids })
      .getMany();
    return rows.map((row) => row.id);
  }

  async subtreeDepth(category: Pick<Category, 'path' | 'depth'>): Promise<number> {
    const row = await this.categories
      .createQueryBuilder('c')
      .select('MAX(c.depth)', 'depth')
      .where('c.path LIKE :prefix', { prefix: `${escapeLike(category.path)}%` })
      .getRawOne<{ depth: number | string | null }>();
    return row?.depth == null ? category.depth : Number(row.depth);
  }

  async nextPosition(parentId: string | null): Promise<number> {
    const query = this.categories.createQueryBuilder('c').select('MAX(c.position)', 'position');
    if (parentId === null) query.where('c.parentId IS NULL');
    else query.where('c.parentId = :parentId', { parentId });
    const row = await query.getRawOne<{ position: number | string | null }>();
    return row?.position == null ? 0 : Number(row.position) + 1;
  }

  async childIds(parentId: string | null): Promise<string[]> {
    const query = this.categories.createQueryBuilder('c').select(['c.id']);
    if (parentId === null) query.where('c.parentId IS NULL');
    else query.where('c.parentId = :parentId', { parentId });
    const rows = await query.orderBy('c.position', 'ASC').addOrderBy('c.name', 'ASC').getMany();
    return rows.map((row) => row.id);
  }

  async insert(category: Category, now: Date): Promise<void> {
    await translatingDuplicates(category.slug, () =>
      this.categories.insert({ ...category, createdAt: now, updatedAt: now }),
    );
  }

  async rename(id: string, name: string, slug: string, now: Date): Promise<void> {
    await translatingDuplicates(slug, () => this.categories.update({ id }, { name, slug, updatedAt: now }));
  }

  async move(move: CategoryMove, position: number, now: Date): Promise<void> {
    await this.categories.update({ id: move.categoryId }, { parentId: move.parentId, position, updatedAt: now });
    // The whole subtree (the category included) in one statement: swap the path prefix, shift the depth.
    await this.manager.query(
      'UPDATE categories SET path = CONCAT(?, SUBSTRING(path, ?)), depth = depth + ? WHERE path LIKE ?',
      [move.toPrefix, move.fromPrefix.length + 1, move.depthChange, `${escapeLike(move.fromPrefix)}%`],
    );
    await rebuildListingsUnder(this.manager, move.categoryId);
  }

  async reorder(childIds: readonly string[], now: Date): Promise<void> {
    if (childIds.length === 0) return;
    const cases = childIds.map(() => 'WHEN ? THEN ?').join(' ');
    await this.manager.query(`UPDATE categories SET position = CASE id ${cases} END, updated_at = ? WHERE id IN (?)`, [
      ...childIds.flatMap((id, index) => [id, index]),
      now,
      childIds,
    ]);
  }
}

async function translatingDuplicates(slug: string, write: () => Promise<unknown>): Promise<void> {
  try {
    await write();
  } catch (error) {
    if (duplicateKeyOf(error) === 'UQ_categories_slug') throw new CategorySlugTakenError(slug);
    throw error;
  }
}
