import request from 'supertest';
import { tokenFor } from '@shop/testing';
import { errorCodeOf } from '@shop/testing/jest';
import { CatalogAdmin, unique, type CreatedCategory, type CreatedProduct } from './support/catalog-admin';
import { startCatalog, type CatalogUnderTest } from './support/catalog-under-test';

// Creating, migrating and seeding a database and starting the built service takes several seconds.
const START_TIMEOUT_MS = 120_000;

interface AdminProduct extends CreatedProduct {
  description: string;
  attributes: Record<string, unknown>;
  updatedAt: string;
}

interface TreeNode {
  id: string;
  productCount: number;
  children: TreeNode[];
}

const BODY_LIMIT_BYTES = 64 * 1024;

describe('catalog admin API (e2e)', () => {
  let catalog: CatalogUnderTest;
  let url: string;
  let adminToken: string;
  let viewerToken: string;
  let admin: CatalogAdmin;

  beforeAll(async () => {
    catalog = await startCatalog('catalog_admin');
    url = catalog.service.url;
    adminToken = await tokenFor(['admin']);
    viewerToken = await tokenFor(['viewer']);
    admin = new CatalogAdmin(url, adminToken);
  }, START_TIMEOUT_MS);

  afterAll(async () => {
    await catalog?.stop();
  }, START_TIMEOUT_MS);

  const asAdmin = {
    get: (path: string) => request(url).get(path).auth(adminToken, { type: 'bearer' }),
    post: (path: string) => request(url).post(path).auth(adminToken, { type: 'bearer' }),
    patch: (path: string) => request(url).patch(path).auth(adminToken, { type: 'bearer' }),
    put: (path: string) => request(url).put(path).auth(adminToken, { type: 'bearer' }),
  };

  async function readBack(id: string): Promise<AdminProduct> {
    return (await asAdmin.get(`/api/catalog/admin/products/${id}`).expect(200)).body as AdminProduct;
  }

  async function productsWithSku(sku: string): Promise<number> {
    const response = await asAdmin.get('/api/catalog/admin/products').query({ pageSize: 100 }).expect(200);
    return (response.body as { items: { sku: string }[] }).items.filter((item) => item.sku === sku).length;
  }

  async function tree(): Promise<TreeNode[]> {
    return (await request(url).get('/api/catalog/categories').expect(200)).body as TreeNode[];
  }

  function validProduct(overrides: Record<string, unknown> = {}): Record<string, unknown> {
    return {
      sku: unique('NEW').toUpperCase(),
      name: 'Brass Desk Lamp',
      slug: unique('brass-desk-lamp'),
      description: 'A lamp.',
      price: { amount: '49.90', currency: 'EUR' },
      images: [{ url: '/api/catalog/images/brass-desk-lamp-1.svg', alt: 'Front', width: 800, height: 600 }],
      attributes: { colour: 'brass', wattage: 40, dimmable: true },
      ...overrides,
    };
  }

  describe('tokens and roles', () => {
    it('refuses an admin read and write without a token with 401', async () => {
      expect(errorCodeOf(await request(url).get('/api/catalog/admin/products').expect(401))).toBe('UNAUTHENTICATED');
      await request(url).post('/api/catalog/admin/products').send(validProduct()).expect(401);
      await request(url).post('/api/catalog/admin/categories').send({ name: 'X' }).expect(401);
    });

    it('refuses a token signed with another secret, expired, or for another audience', async () => {
      for (const token of [
        await tokenFor(['admin'], { secret: 'another-secret-that-is-at-least-32-bytes' }),
        await tokenFor(['admin'], { expiresAt: Math.floor(Date.now() / 1000) - 3600 }),
        await tokenFor(['admin'], { audience: 'someone-else' }),
      ]) {
        await request(url).get('/api/catalog/admin/products').auth(token, { type: 'bearer' }).expect(401);
      }
    });

    it('lets a viewer read the admin API but not write it (403), and the write changes nothing', async () => {
      await request(url).get('/api/catalog/admin/products').auth(viewerToken, { type: 'bearer' }).expect(200);
      const body = validProduct();
      const refused = await request(url)
        .post('/api/catalog/admin/products')
        .auth(viewerToken, { type: 'bearer' })
        .send(body)
        .expect(403);
      expect(errorCodeOf(refused)).toBe('FORBIDDEN');
      expect(await productsWithSku(String(body['sku']))).toBe(0);
      await request(url)
        .post('/api/catalog/admin/categories')
        .auth(viewerToken, { type: 'bearer' })
        .send({ name: 'Viewer category' })
        .expect(403);
    });
  });

  describe('products', () => {
    it('creates a product as a draft by default, with an exact price, and reads it back', async () => {
      const category = await admin.category(unique('Lamps'));
      const created = await asAdmin
        .post('/api/catalog/admin/products')
        .send(validProduct({ categoryIds: [category.id] }))
        .expect(201);
      const product = created.body as AdminProduct;
      expect(product).toMatchObject({
        status: 'draft',
        price: { amount: '49.90', currency: 'EUR' },
        attributes: { colour: 'brass', wattage: 40, dimmable: true },
        categories: [{ id: category.id }],
      });
      expect(await readBack(product.id)).toEqual(product);
      // A draft is not in the storefront.
      await request(url).get(`/api/catalog/products/${product.id}`).expect(404);
    });

    it('derives the slug from the name when none is given', async () => {
      const created = await asAdmin
        .post('/api/catalog/admin/products')
        .send(validProduct({ slug: undefined, name: `Crème Brûlée Dish ${unique('x')}` }))
        .expect(201);
      expect((created.body as AdminProduct).slug).toMatch(/^creme-brulee-dish-x-/);
    });

    it('updates some fields and leaves the others', async () => {
      const product = await admin.product({ name: 'Old Name', attributes: { colour: 'red' } });
      const response = await asAdmin
        .patch(`/api/catalog/admin/products/${product.id}`)
        .send({ name: 'New Name', price: { amount: '12.30', currency: 'EUR' } })
        .expect(200);
      expect(response.body).toMatchObject({
        id: product.id,
        sku: product.sku,
        name: 'New Name',
        price: { amount: '12.30', currency: 'EUR' },
        attributes: { colour: 'red' },
      });
      expect(await readBack(product.id)).toMatchObject({ name: 'New Name' });
    });

    it('keeps every one of changes to different fields made at the same moment, a bulk status change among them', async () => {
      const product = await admin.product({ name: 'Before', description: 'Before.', status: 'draft' });

      const responses = await Promise.all([
        asAdmin.patch(`/api/catalog/admin/products/${product.id}`).send({ name: 'Renamed' }),
        asAdmin
          .patch(`/api/catalog/admin/products/${product.id}`)
          .send({ price: { amount: '77.70', currency: 'EUR' } }),
        asAdmin.patch(`/api/catalog/admin/products/${product.id}`).send({ description: 'Described.' }),
        asAdmin.patch(`/api/catalog/admin/products/${product.id}`).send({ attributes: { colour: 'green' } }),
        asAdmin.post('/api/catalog/admin/products/status').send({ ids: [product.id], status: 'active' }),
      ]);

      expect(responses.map((response) => response.status)).toEqual([200, 200, 200, 200, 200]);
      expect(await readBack(product.id)).toMatchObject({
        name: 'Renamed',
        price: { amount: '77.70', currency: 'EUR' },
        description: 'Described.',
        attributes: { colour: 'green' },
        status: 'active',
      });
    });

    it('archives a product: gone from the storefront, kept for operators', async () => {
      const product = await admin.product({});
      await request(url).get(`/api/catalog/products/${product.slug}`).expect(200);
      const archived = await asAdmin.post(`/api/catalog/admin/products/${product.id}/archive`).expect(200);
      expect(archived.body).toMatchObject({ id: product.id, status: 'archived' });
      await request(url).get(`/api/catalog/products/${product.slug}`).expect(404);
      const listed = await asAdmin.get('/api/catalog/admin/products').query({ status: 'archived' }).expect(200);
      expect((listed.body as { items: { id: string }[] }).items.map((item) => item.id)).toContain(product.id);
    });

    it('changes the status of many products at once', async () => {
      const first = await admin.product({ status: 'draft' });
      const second = await admin.product({ status: 'draft' });
      const response = await asAdmin
        .post('/api/catalog/admin/products/status')
        .send({ ids: [first.id, second.id], status: 'active' })
        .expect(200);
      expect(response.body).toEqual({ updated: 2 });
      expect((await readBack(first.id)).status).toBe('active');
      expect((await readBack(second.id)).status).toBe('active');
    });

    it('changes nothing in a bulk change that names an unknown product', async () => {
      const product = await admin.product({ status: 'draft' });
      const unknown = '3f1c2b7e-0000-4000-8000-000000000000';
      const response = await asAdmin
        .post('/api/catalog/admin/products/status')
        .send({ ids: [product.id, unknown], status: 'active' })
        .expect(422);
      expect(errorCodeOf(response)).toBe('PRODUCTS_NOT_FOUND');
      expect((response.body as { error: { details: unknown } }).error.details).toEqual({ missingIds: [unknown] });
      expect((await readBack(product.id)).status).toBe('draft');
    });

    it('bounds a bulk change to 100 products', async () => {
      const ids = Array.from(
        { length: 101 },
        (_, index) => `3f1c2b7e-0000-4000-8000-${String(index).padStart(12, '0')}`,
      );
      await asAdmin.post('/api/catalog/admin/products/status').send({ ids, status: 'active' }).expect(400);
    });

    it('refuses a duplicate SKU or slug with 409 and keeps one product', async () => {
      const body = validProduct();
      await asAdmin.post('/api/catalog/admin/products').send(body).expect(201);
      const sameSku = await asAdmin
        .post('/api/catalog/admin/products')
        .send({ ...body, slug: unique('other-slug') })
        .expect(409);
      expect(errorCodeOf(sameSku)).toBe('SKU_TAKEN');
      const sameSlug = await asAdmin
        .post('/api/catalog/admin/products')
        .send({ ...body, sku: unique('OTHER').toUpperCase() })
        .expect(409);
      expect(errorCodeOf(sameSlug)).toBe('PRODUCT_SLUG_TAKEN');
      expect(await productsWithSku(String(body['sku']))).toBe(1);
    });

    it('refuses to take another product’s SKU on update, and changes nothing', async () => {
      const first = await admin.product({});
      const second = await admin.product({ name: 'Second' });
      const response = await asAdmin
        .patch(`/api/catalog/admin/products/${second.id}`)
        .send({ sku: first.sku, name: 'Renamed' })
        .expect(409);
      expect(errorCodeOf(response)).toBe('SKU_TAKEN');
      expect(await readBack(second.id)).toMatchObject({ sku: second.sku, name: 'Second' });
    });
  });

  describe('bad input gets a 4xx in the error shape and changes nothing', () => {
    let existing: CreatedProduct;
    let before: AdminProduct;

    beforeAll(async () => {
      existing = await admin.product({ name: 'Untouchable', attributes: { colour: 'green' } });
      before = await readBack(existing.id);
    });

    afterEach(async () => {
      expect(await readBack(existing.id)).toEqual(before);
    });

    it.each([
      ['an unknown field', { extra: 'x' }, 'VALIDATION_FAILED'],
      ['an unknown nested field', { price: { amount: '1.00', currency: 'EUR', tax: '0.19' } }, 'VALIDATION_FAILED'],
      ['a price as a JSON number', { price: { amount: 19.99, currency: 'EUR' } }, 'VALIDATION_FAILED'],
      ['a price with three decimals', { price: { amount: '1.999', currency: 'EUR' } }, 'VALIDATION_FAILED'],
      ['a wrong type', { name: 42 }, 'VALIDATION_FAILED'],
      ['a bad status', { status: 'deleted' }, 'VALIDATION_FAILED'],
      ['a nested object as an attribute', { attributes: { size: { w: 1 } } }, 'VALIDATION_FAILED'],
      ['a malformed category id', { categoryIds: ['not-a-uuid'] }, 'VALIDATION_FAILED'],
      ['an unknown category', { categoryIds: ['3f1c2b7e-0000-4000-8000-000000000000'] }, 'UNKNOWN_CATEGORIES'],
    ])('create with %s', async (_case, overrides, code) => {
      const body = validProduct(overrides);
      const response = await asAdmin.post('/api/catalog/admin/products').send(body);
      expect(response.status).toBeGreaterThanOrEqual(400);
      expect(response.status).toBeLessThan(500);
      expect(errorCodeOf(response)).toBe(code);
      expect(await productsWithSku(String(body['sku']))).toBe(0);
    });

    it.each([
      ['an unknown field', { name: 'Changed', extra: 'x' }],
      ['a wrong type', { name: 'Changed', price: '19.99' }],
      ['a bad slug', { name: 'Changed', slug: 'Not A Slug' }],
    ])('update with %s', async (_case, body) => {
      const response = await asAdmin.patch(`/api/catalog/admin/products/${existing.id}`).send(body).expect(400);
      expect(errorCodeOf(response)).toBe('VALIDATION_FAILED');
    });

    it('a malformed id', async () => {
      const response = await asAdmin
        .patch('/api/catalog/admin/products/not-a-uuid')
        .send({ name: 'Changed' })
        .expect(400);
      expect(errorCodeOf(response)).toBe('INVALID_PRODUCT_REFERENCE');
      await asAdmin.get('/api/catalog/admin/products/not-a-uuid').expect(400);
    });

    it('an unknown id', async () => {
      await asAdmin
        .patch('/api/catalog/admin/products/3f1c2b7e-0000-4000-8000-000000000000')
        .send({ name: 'Changed' })
        .expect(404);
    });

    it('malformed JSON', async () => {
      const response = await asAdmin
        .patch(`/api/catalog/admin/products/${existing.id}`)
        .set('Content-Type', 'application/json')
        .send('{"name": "Changed",')
        .expect(400);
      expect(errorCodeOf(response)).toBe('MALFORMED_JSON');
    });

    it('an oversize body (413)', async () => {
      const body = validProduct({ description: 'x'.repeat(BODY_LIMIT_BYTES) });
      const response = await asAdmin.post('/api/catalog/admin/products').send(body).expect(413);
      expect(errorCodeOf(response)).toBe('PAYLOAD_TOO_LARGE');
      expect(await productsWithSku(String(body['sku']))).toBe(0);
      await asAdmin
        .patch(`/api/catalog/admin/products/${existing.id}`)
        .send({ description: 'y'.repeat(BODY_LIMIT_BYTES) })
        .expect(413);
    });

    it('an out-of-range page in the admin list', async () => {
      expect(errorCodeOf(await asAdmin.get('/api/catalog/admin/products').query({ page: 0 }).expect(400))).toBe(
        'VALIDATION_FAILED',
      );
    });
  });

  describe('categories', () => {
    let top: CreatedCategory;
    let middle: CreatedCategory;
    let leaf: CreatedCategory;
    let elsewhere: CreatedCategory;
    let productInLeaf: CreatedProduct;

    beforeAll(async () => {
      top = await admin.category(unique('Top'));
      middle = await admin.category(unique('Middle'), top.id);
      leaf = await admin.category(unique('Leaf'), middle.id);
      elsewhere = await admin.category(unique('Elsewhere'));
      productInLeaf = await admin.product({ categoryIds: [leaf.id] });
    });

    it('creates a category as the last child, with a derived slug', async () => {
      const response = await asAdmin
        .post('/api/catalog/admin/categories')
        .send({ name: 'Reading Lamps', parentId: middle.id, slug: unique('reading-lamps') })
        .expect(201);
      expect(response.body).toMatchObject({ parentId: middle.id, depth: 2 + 1, position: 1 });
    });

    it('refuses a duplicate slug with 409', async () => {
      const response = await asAdmin
        .post('/api/catalog/admin/categories')
        .send({ name: 'Again', slug: top.slug })
        .expect(409);
      expect(errorCodeOf(response)).toBe('CATEGORY_SLUG_TAKEN');
    });

    it('renames a category', async () => {
      const category = await admin.category(unique('Rename Me'));
      const slug = unique('renamed');
      const response = await asAdmin
        .patch(`/api/catalog/admin/categories/${category.id}`)
        .send({ name: 'Renamed', slug })
        .expect(200);
      expect(response.body).toMatchObject({ id: category.id, name: 'Renamed', slug });
      await request(url).get('/api/catalog/products').query({ category: slug }).expect(200);
    });

    it('moves a subtree: its products follow it in filters and counts', async () => {
      const moved = await asAdmin
        .post(`/api/catalog/admin/categories/${middle.id}/move`)
        .send({ parentId: elsewhere.id })
        .expect(200);
      expect(moved.body).toMatchObject({ id: middle.id, parentId: elsewhere.id, depth: 2 });

      const inElsewhere = await request(url)
        .get('/api/catalog/products')
        .query({ category: elsewhere.slug })
        .expect(200);
      expect((inElsewhere.body as { items: { id: string }[] }).items.map((item) => item.id)).toEqual([
        productInLeaf.id,
      ]);
      const inTop = await request(url).get('/api/catalog/products').query({ category: top.slug }).expect(200);
      expect((inTop.body as { total: number }).total).toBe(0);

      const nodes = await tree();
      expect(nodes.find((node) => node.id === elsewhere.id)).toMatchObject({
        productCount: 1,
        children: [
          {
            id: middle.id,
            children: expect.arrayContaining([expect.objectContaining({ id: leaf.id, productCount: 1 })]) as unknown,
          },
        ],
      });
      expect(nodes.find((node) => node.id === top.id)).toMatchObject({ productCount: 0, children: [] });
    });

    it('refuses to move a category under itself or its descendant (422), and moves nothing', async () => {
      const before = await tree();
      const underDescendant = await asAdmin
        .post(`/api/catalog/admin/categories/${elsewhere.id}/move`)
        .send({ parentId: leaf.id })
        .expect(422);
      expect(errorCodeOf(underDescendant)).toBe('CATEGORY_CYCLE');
      const underItself = await asAdmin
        .post(`/api/catalog/admin/categories/${elsewhere.id}/move`)
        .send({ parentId: elsewhere.id })
        .expect(422);
      expect(errorCodeOf(underItself)).toBe('CATEGORY_CYCLE');
      expect(await tree()).toEqual(before);
    });

    it('lets only one of two opposite moves through, so no cycle can form', async () => {
      const first = await admin.category(unique('First'));
      const second = await admin.category(unique('Second'));
      const [one, other] = await Promise.all([
        asAdmin.post(`/api/catalog/admin/categories/${first.id}/move`).send({ parentId: second.id }),
        asAdmin.post(`/api/catalog/admin/categories/${second.id}/move`).send({ parentId: first.id }),
      ]);
      expect([one.status, other.status].sort()).toEqual([200, 422]);
      const roots = await tree();
      const survivor = roots.find((node) => node.id === first.id || node.id === second.id);
      expect(survivor?.children.map((node) => node.id)).toEqual([survivor?.id === first.id ? second.id : first.id]);
    });

    it('needs an explicit parent (null for the top level) to move', async () => {
      await asAdmin.post(`/api/catalog/admin/categories/${leaf.id}/move`).send({}).expect(400);
      await asAdmin.post('/api/catalog/admin/categories/not-a-uuid/move').send({ parentId: null }).expect(400);
      const toTop = await asAdmin
        .post(`/api/catalog/admin/categories/${leaf.id}/move`)
        .send({ parentId: null })
        .expect(200);
      expect(toTop.body).toMatchObject({ parentId: null, depth: 1 });
    });

    it('reorders children, and refuses a list that is not exactly the children', async () => {
      const parent = await admin.category(unique('Parent'));
      const a = await admin.category(unique('A'), parent.id);
      const b = await admin.category(unique('B'), parent.id);
      const c = await admin.category(unique('C'), parent.id);

      await asAdmin
        .put('/api/catalog/admin/categories/order')
        .send({ parentId: parent.id, childIds: [c.id, a.id, b.id] })
        .expect(204);
      const childrenOf = async () =>
        (await tree()).find((node) => node.id === parent.id)?.children.map((node) => node.id);
      expect(await childrenOf()).toEqual([c.id, a.id, b.id]);

      const mismatch = await asAdmin
        .put('/api/catalog/admin/categories/order')
        .send({ parentId: parent.id, childIds: [a.id, b.id] })
        .expect(422);
      expect(errorCodeOf(mismatch)).toBe('CATEGORY_ORDER_MISMATCH');
      expect(await childrenOf()).toEqual([c.id, a.id, b.id]);
    });
  });
});
