import type { EntityManager } from 'typeorm';
import type { ProductStatus } from '../domain/product';

/** Anything that runs SQL: a transaction's EntityManager or a DataSource. */
interface SqlRunner {
  query: EntityManager['query'];
}

// Every (ancestor-or-self category, product) pair of the products the WHERE clause keeps: a link's
// category lies under each category whose path is a prefix of its own. Paths hold only UUID characters
// and slashes, so they carry no LIKE wildcards.
const LISTINGS_OF_PRODUCTS =
  'INSERT INTO product_category_listings (product_id, category_id, status, price, name, created_at) ' +
  'SELECT DISTINCT p.id, a.id, p.status, p.price, p.name, p.created_at FROM products p ' +
  'JOIN product_categories pc ON pc.product_id = p.id ' +
  'JOIN categories c ON c.id = pc.category_id ' +
  "JOIN categories a ON c.path LIKE CONCAT(a.path, '%')";

// MariaDB turns an IN list of 1000 values or more into a table join and plans it badly (a full scan
// of products); products are rewritten in chunks well below that.
const PRODUCTS_PER_STATEMENT = 500;

/**
 * Takes a shared lock on every category. A transaction that writes listings of products takes it
 * before it touches a product; a category move holds these rows exclusively (lockTree) before it
 * rewrites listings. Both lock categories first, then products, so the two cannot deadlock.
 */
export async function shareCategoryTree(runner: SqlRunner): Promise<void> {
  await runner.query('SELECT id FROM categories FORCE INDEX (PRIMARY) ORDER BY id LOCK IN SHARE MODE');
}

/** Lists new products (which have no listings yet) under their categories and every ancestor. */
export async function insertListingsOf(runner: SqlRunner, productIds: readonly string[]): Promise<void> {
  for (const chunk of chunksOf(productIds)) {
    await runner.query(`${LISTINGS_OF_PRODUCTS} WHERE p.id IN (?)`, [chunk]);
  }
}

/**
 * Copies a product's status, price and name into its listings, in place: for a change that keeps its
 * categories (no rows come or go, so no gap between other products' listings is locked for an insert).
 */
export async function refreshListedColumnsOf(runner: SqlRunner, productId: string): Promise<void> {
  await runner.query(
    'UPDATE product_category_listings l JOIN products p ON p.id = l.product_id ' +
      'SET l.status = p.status, l.price = p.price, l.name = p.name WHERE l.product_id = ?',
    [productId],
  );
}

/** Recomputes the listings of these products from their current row, links and category paths. */
export async function rebuildListingsOf(runner: SqlRunner, productIds: readonly string[]): Promise<void> {
  for (const chunk of chunksOf(productIds)) {
    await runner.query('DELETE FROM product_category_listings WHERE product_id IN (?)', [chunk]);
    await runner.query(`${LISTINGS_OF_PRODUCTS} WHERE p.id IN (?)`, [chunk]);
  }
}

/**
 * Adds the listings of these products that are missing, leaving existing ones as they are (the seed,
 * which also leaves existing products alone).
 */
export async function addMissingListingsOf(runner: SqlRunner, productIds: readonly string[]): Promise<void> {
  for (const chunk of chunksOf(productIds)) {
    await runner.query(
      `${LISTINGS_OF_PRODUCTS} WHERE p.id IN (?) ` +
        'ON DUPLICATE KEY UPDATE product_category_listings.product_id = product_category_listings.product_id',
      [chunk],
    );
  }
}

/**
 * Recomputes the listings of every product in a moved category or below it (they leave the old
 * ancestors and join the new ones); the category's own listings name exactly those products.
 */
export async function rebuildListingsUnder(runner: SqlRunner, categoryId: string): Promise<void> {
  const rows: { productId: string }[] = await runner.query(
    'SELECT product_id AS productId FROM product_category_listings WHERE category_id = ?',
    [categoryId],
  );
  await rebuildListingsOf(
    runner,
    rows.map((row) => row.productId),
  );
}

/** Gives the listings of these products a new status, as `products` just got. */
export async function setListingStatus(
  runner: SqlRunner,
  productIds: readonly string[],
  status: ProductStatus,
): Promise<void> {
  for (const chunk of chunksOf(productIds)) {
    await runner.query('UPDATE product_category_listings SET status = ? WHERE product_id IN (?)', [status, chunk]);
  }
}

function chunksOf(ids: readonly string[]): string[][] {
  const chunks: string[][] = [];
  for (let start = 0; start < ids.length; start += PRODUCTS_PER_STATEMENT) {
    chunks.push(ids.slice(start, start + PRODUCTS_PER_STATEMENT));
  }
  return chunks;
}
