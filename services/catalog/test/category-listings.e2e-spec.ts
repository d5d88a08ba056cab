import { createConnection, type Connection } from 'mysql2/promise';
import request from 'supertest';
import { tokenFor } from '@shop/testing';
import { CatalogAdmin, unique, type CreatedCategory, type CreatedProduct } from './support/catalog-admin';
import { startCatalog, type CatalogUnderTest } from './support/catalog-under-test';

// Creating, migrating and seeding a database and starting the built service takes several seconds.
const START_TIMEOUT_MS = 120_000;
const SORTS = ['price', '-price', 'name', 'newest'] as const;

interface ListingRow {
  product_id: string;
  category_id: string;
  status: string;
  price: string;
  name: string;
  created_at: string;
}

interface ListPage {
  items: { id: string }[];
  total: number;
}

// The listings as the base tables define them: a product is listed under every category it is in and
// every ancestor of those. Ancestors are found here by comparing paths in code, not by the service's SQL.
async function expectedListings(db: Connection): Promise<ListingRow[]> {
  const [categories] = await db.query('SELECT id, path FROM categories');
  const [links] = await db.query(
    'SELECT p.id AS product_id, pc.category_id, p.status, p.price, p.name, ' +
      "DATE_FORMAT(p.created_at, '%Y-%m-%d %H:%i:%s.%f') AS created_at " +
      'FROM products p JOIN product_categories pc ON pc.product_id = p.id',
  );
  const paths = new Map((categories as { id: string; path: string }[]).map((c) => [c.id, c.path]));
  const rows = new Map<string, ListingRow>();
  for (const link of links as ListingRow[]) {
    const path = paths.get(link.category_id) ?? '';
    for (const [id, ancestorPath] of paths) {
      if (path.startsWith(ancestorPath)) rows.set(`${link.product_id}/${id}`, { ...link, category_id: id });
    }
  }
  return [...rows.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([, row]) => row);
}

async function storedListings(db: Connection): Promise<ListingRow[]> {
  const [rows] = await db.query(
    'SELECT product_id, category_id, status, price, name, ' +
      "DATE_FORMAT(created_at, '%Y-%m-%d %H:%i:%s.%f') AS created_at FROM product_category_listings",
  );
  return (rows as ListingRow[]).sort((a, b) =>
    `${a.product_id}/${a.category_id}`.localeCompare(`${b.product_id}/${b.category_id}`),
  );
}

/** The ids a category list must show, straight from the base tables (a semi-join over the links). */
async function bruteForceIds(
  db: Connection,
  categorySlug: string,
  sort: (typeof SORTS)[number],
  priceRange: { min?: string; max?: string },
): Promise<string[]> {
  const order = {
    price: 'p.price ASC, p.id ASC',
    '-price': 'p.price DESC, p.id DESC',
    name: 'p.name ASC, p.id ASC',
    newest: 'p.created_at DESC, p.id DESC',
  }[sort];
  const [rows] = await db.query(
    "SELECT p.id FROM products p WHERE p.status = 'active' " +
      'AND p.price >= ? AND p.price <= ? ' +
      'AND EXISTS (SELECT 1 FROM product_categories pc JOIN categories c ON c.id = pc.category_id ' +
      "JOIN categories f ON f.slug = ? WHERE pc.product_id = p.id AND c.path LIKE CONCAT(f.path, '%')) " +
      `ORDER BY ${order}`,
    [priceRange.min ?? '0', priceRange.max ?? '9999999999.99', categorySlug],
  );
  return (rows as { id: string }[]).map((row) => row.id);
}

/**
 * Category lists come from a listing table kept in step with products, links and the tree by every
 * write. After each kind of write the table must equal its recomputation from the base tables, and
 * every sort and price filter must list exactly what a brute-force query over the base tables lists.
 */
describe('category listings stay consistent with the base tables (e2e)', () => {
  let catalog: CatalogUnderTest;
  let url: string;
  let adminToken: string;
  let admin: CatalogAdmin;
  let db: Connection;
  let top: CreatedCategory;
  let middle: CreatedCategory;
  let leaf: CreatedCategory;
  let other: CreatedCategory;
  let products: CreatedProduct[];

  beforeAll(async () => {
    catalog = await startCatalog('catalog_listings', { seed: true });
    url = catalog.service.url;
    adminToken = await tokenFor(['admin']);
    admin = new CatalogAdmin(url, adminToken);
    db = await createConnection({ uri: catalog.databaseUrl.replace(/^mariadb:/, 'mysql:') });
    top = await admin.category(unique('Listing Top'));
    middle = await admin.category(unique('Listing Middle'), top.id);
    leaf = await admin.category(unique('Listing Leaf'), middle.id);
    other = await admin.category(unique('Listing Other'));
  }, START_TIMEOUT_MS);

  afterAll(async () => {
    await db?.end();
    await catalog?.stop();
  }, START_TIMEOUT_MS);

  const asAdmin = {
    post: (path: string) => request(url).post(path).auth(adminToken, { type: 'bearer' }),
    patch: (path: string) => request(url).patch(path).auth(adminToken, { type: 'bearer' }),
  };

  async function listed(query: Record<string, string | number>): Promise<ListPage> {
    return (await request(url).get('/api/catalog/products').query(query).expect(200)).body as ListPage;
  }

  async function expectConsistent(slugs: string[]): Promise<void> {
    expect(await storedListings(db)).toEqual(await expectedListings(db));
    for (const category of slugs) {
      for (const sort of SORTS) {
        for (const range of [{}, { min: '12.00', max: '40.00' }]) {
          const ids = await bruteForceIds(db, category, sort, range);
          const prices = {
            ...(range.min === undefined ? {} : { minPrice: range.min }),
            ...(range.max === undefined ? {} : { maxPrice: range.max }),
          };
          const whole = await listed({ category, sort, pageSize: 100, ...prices });
          expect({ category, sort, range, ids: whole.items.map((item) => item.id) }).toEqual({
            category,
            sort,
            range,
            ids: ids.slice(0, 100),
          });
          expect(whole.total).toBe(ids.length);
          const second = await listed({ category, sort, page: 2, pageSize: 3, ...prices });
          expect(second.items.map((item) => item.id)).toEqual(ids.slice(3, 6));
        }
      }
    }
  }

  it('lists a seeded category with descendants exactly as the base tables do', async () => {
    await expectConsistent(['home-living', 'lighting']);
  });

  it('lists new products under their categories and every ancestor', async () => {
    products = [
      await admin.product({ categoryIds: [leaf.id], price: { amount: '15.00', currency: 'EUR' } }),
      await admin.product({ categoryIds: [leaf.id, other.id], price: { amount: '15.00', currency: 'EUR' } }),
      await admin.product({ categoryIds: [middle.id, leaf.id], price: { amount: '30.00', currency: 'EUR' } }),
      await admin.product({ categoryIds: [top.id], price: { amount: '45.00', currency: 'EUR' } }),
      await admin.product({ categoryIds: [leaf.id], status: 'draft', price: { amount: '20.00', currency: 'EUR' } }),
      await admin.product({ categoryIds: [], price: { amount: '25.00', currency: 'EUR' } }),
    ];
    expect((await listed({ category: top.slug })).total).toBe(4);
    await expectConsistent([top.slug, middle.slug, leaf.slug, other.slug]);
  });

  it('follows a change of price and name', async () => {
    const [first, second] = products;
    await asAdmin
      .patch(`/api/catalog/admin/products/${first?.id}`)
      .send({ price: { amount: '39.99', currency: 'EUR' } })
      .expect(200);
    await asAdmin
      .patch(`/api/catalog/admin/products/${second?.id}`)
      .send({ name: `Aaa ${unique('renamed')}` })
      .expect(200);
    await expectConsistent([top.slug, middle.slug, leaf.slug, other.slug]);
  });

  it('follows a change of status, and an archive', async () => {
    const [first, , third, , fifth] = products;
    await asAdmin.patch(`/api/catalog/admin/products/${fifth?.id}`).send({ status: 'active' }).expect(200);
    await asAdmin.post(`/api/catalog/admin/products/${third?.id}/archive`).expect(200);
    await asAdmin.patch(`/api/catalog/admin/products/${first?.id}`).send({ status: 'draft' }).expect(200);
    expect((await listed({ category: top.slug })).total).toBe(3);
    await expectConsistent([top.slug, middle.slug, leaf.slug]);
  });

  it('follows a bulk status change', async () => {
    const ids = products.map((product) => product.id);
    await asAdmin.post('/api/catalog/admin/products/status').send({ ids, status: 'active' }).expect(200);
    expect((await listed({ category: top.slug })).total).toBe(5);
    await expectConsistent([top.slug, middle.slug, leaf.slug, other.slug]);
  });

  it('follows a re-categorization, into and out of categories', async () => {
    const [first, second, , fourth, , sixth] = products;
    await asAdmin
      .patch(`/api/catalog/admin/products/${first?.id}`)
      .send({ categoryIds: [other.id] })
      .expect(200);
    await asAdmin.patch(`/api/catalog/admin/products/${second?.id}`).send({ categoryIds: [] }).expect(200);
    await asAdmin
      .patch(`/api/catalog/admin/products/${fourth?.id}`)
      .send({ categoryIds: [middle.id, top.id] })
      .expect(200);
    await asAdmin
      .patch(`/api/catalog/admin/products/${sixth?.id}`)
      .send({ categoryIds: [leaf.id] })
      .expect(200);
    await expectConsistent([top.slug, middle.slug, leaf.slug, other.slug]);
  });

  it('follows a category move: the subtree leaves its old ancestors and joins the new ones', async () => {
    const topBefore = (await listed({ category: top.slug })).total;
    await asAdmin.post(`/api/catalog/admin/categories/${middle.id}/move`).send({ parentId: other.id }).expect(200);
    expect((await listed({ category: top.slug })).total).toBeLessThan(topBefore);
    await expectConsistent([top.slug, middle.slug, leaf.slug, other.slug]);

    const roots = (await request(url).get('/api/catalog/categories').expect(200)).body as {
      id: string;
      slug: string;
      children: { id: string }[];
    }[];
    const homeLiving = roots.find((node) => node.slug === 'home-living');
    const seededChild = homeLiving?.children[0];
    await asAdmin.post(`/api/catalog/admin/categories/${seededChild?.id}/move`).send({ parentId: leaf.id }).expect(200);
    await expectConsistent(['home-living', top.slug, middle.slug, leaf.slug, other.slug]);
  });

  it('stays consistent when products and moves are written at the same time, refusing none', async () => {
    const parents = [top, other];
    const writes = Array.from({ length: 12 }, (_, n) => [
      request(url)
        .post('/api/catalog/admin/products')
        .auth(adminToken, { type: 'bearer' })
        .send({
          sku: unique('SKU-CONCURRENT').toUpperCase(),
          name: `Concurrent ${n}`,
          description: 'Written while the tree moves.',
          price: { amount: `${10 + n}.00`, currency: 'EUR' },
          status: 'active',
          categoryIds: [n % 2 === 0 ? leaf.id : middle.id],
        }),
      asAdmin
        .patch(`/api/catalog/admin/products/${products[n % products.length]?.id}`)
        .send({ price: { amount: `${20 + n}.49`, currency: 'EUR' } }),
      asAdmin
        .post('/api/catalog/admin/products/status')
        .send({ ids: products.map((product) => product.id), status: n % 2 === 0 ? 'active' : 'draft' }),
      asAdmin.post(`/api/catalog/admin/categories/${middle.id}/move`).send({ parentId: parents[n % 2]?.id }),
    ]).flat();
    const statuses = (await Promise.all(writes)).map((response) => response.status);
    expect(statuses.filter((status) => status >= 300)).toEqual([]);
    await expectConsistent([top.slug, middle.slug, leaf.slug, other.slug]);
  });
});
