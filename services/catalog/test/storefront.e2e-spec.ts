import request from 'supertest';
import { tokenFor } from '@shop/testing';
import { errorCodeOf } from '@shop/testing/jest';
import { CatalogAdmin, unique, type CreatedCategory, type CreatedProduct } from './support/catalog-admin';
import { startCatalog, type CatalogUnderTest } from './support/catalog-under-test';

// Creating, migrating and seeding a database and starting the built service takes several seconds.
const START_TIMEOUT_MS = 120_000;

interface Page {
  items: { id: string; name: string; slug: string; price: { amount: string; currency: string }; createdAt: string }[];
  total: number;
  page: number;
  pageSize: number;
}

interface TreeNode {
  id: string;
  slug: string;
  name: string;
  productCount: number;
  children: TreeNode[];
}

describe('catalog storefront (e2e)', () => {
  let catalog: CatalogUnderTest;
  let url: string;
  let admin: CatalogAdmin;
  // A subtree of its own, so that counts and filters are exact whatever the seed holds.
  let root: CreatedCategory;
  let child: CreatedCategory;
  let grandchild: CreatedCategory;
  let sibling: CreatedCategory;
  let inRoot: CreatedProduct;
  let inChild: CreatedProduct;
  let inGrandchild: CreatedProduct;
  let inChildAndGrandchild: CreatedProduct;
  let draftInChild: CreatedProduct;
  let inSibling: CreatedProduct;

  const list = (query: object) => request(url).get('/api/catalog/products').query(query);

  beforeAll(async () => {
    catalog = await startCatalog('catalog_storefront', { seed: true });
    url = catalog.service.url;
    admin = new CatalogAdmin(url, await tokenFor(['admin']));

    root = await admin.category(unique('E2E Root'));
    child = await admin.category(unique('E2E Child'), root.id);
    grandchild = await admin.category(unique('E2E Grandchild'), child.id);
    sibling = await admin.category(unique('E2E Sibling'));

    inRoot = await admin.product({
      name: 'Root Kettle',
      price: { amount: '5.00', currency: 'EUR' },
      categoryIds: [root.id],
    });
    inChild = await admin.product({
      name: 'Child Teapot',
      price: { amount: '10.00', currency: 'EUR' },
      categoryIds: [child.id],
    });
    inGrandchild = await admin.product({
      name: 'Grandchild Mug',
      price: { amount: '15.50', currency: 'EUR' },
      categoryIds: [grandchild.id],
    });
    inChildAndGrandchild = await admin.product({
      name: 'Both Saucer',
      price: { amount: '20.00', currency: 'EUR' },
      categoryIds: [child.id, grandchild.id],
    });
    draftInChild = await admin.product({ name: 'Draft Spoon', status: 'draft', categoryIds: [child.id] });
    inSibling = await admin.product({ name: 'Sibling Fork', categoryIds: [sibling.id] });
  }, START_TIMEOUT_MS);

  afterAll(async () => {
    await catalog?.stop();
  }, START_TIMEOUT_MS);

  describe('GET /api/catalog/products', () => {
    it('lists active products with defaults: page 1 of 20, and the total', async () => {
      const response = await list({}).expect(200);
      const page = response.body as Page;
      expect(page.page).toBe(1);
      expect(page.pageSize).toBe(20);
      expect(page.items).toHaveLength(20);
      // The seed makes hundreds of active products.
      expect(page.total).toBeGreaterThanOrEqual(400);
      expect(page.items[0]?.price.amount).toMatch(/^\d+\.\d{2}$/);
    });

    it('answers a page past the end with no items and the real total', async () => {
      const { total } = (await list({ category: root.slug }).expect(200)).body as Page;
      const response = await list({ category: root.slug, page: 99, pageSize: 10 }).expect(200);
      expect(response.body).toEqual({ items: [], total, page: 99, pageSize: 10 });
    });

    it('walks the pages without overlap', async () => {
      const first = (await list({ category: root.slug, pageSize: 2, sort: 'price' }).expect(200)).body as Page;
      const second = (await list({ category: root.slug, pageSize: 2, page: 2, sort: 'price' }).expect(200))
        .body as Page;
      expect(first.items.map((item) => item.name)).toEqual(['Root Kettle', 'Child Teapot']);
      expect(second.items.map((item) => item.name)).toEqual(['Grandchild Mug', 'Both Saucer']);
    });

    it.each([{ pageSize: 0 }, { pageSize: 101 }, { page: 0 }, { page: -1 }, { page: 'two' }, { pageSize: 1.5 }])(
      'refuses %j with 400 in the error shape',
      async (query) => {
        const response = await list(query).expect(400);
        expect(errorCodeOf(response)).toBe('VALIDATION_FAILED');
      },
    );

    it('refuses an unknown parameter', async () => {
      expect(errorCodeOf(await list({ colour: 'red' }).expect(400))).toBe('VALIDATION_FAILED');
    });

    it('includes the products of every descendant of a category, each once, active only', async () => {
      const page = (await list({ category: root.slug, sort: 'name' }).expect(200)).body as Page;
      expect(page.items.map((item) => item.id)).toEqual([
        inChildAndGrandchild.id,
        inChild.id,
        inGrandchild.id,
        inRoot.id,
      ]);
      expect(page.total).toBe(4);
      expect(page.items.map((item) => item.id)).not.toContain(draftInChild.id);
      expect(page.items.map((item) => item.id)).not.toContain(inSibling.id);

      const below = (await list({ category: child.slug }).expect(200)).body as Page;
      expect(below.items.map((item) => item.id).sort()).toEqual(
        [inChild.id, inGrandchild.id, inChildAndGrandchild.id].sort(),
      );
    });

    it('answers an unknown category with 404', async () => {
      expect(errorCodeOf(await list({ category: 'no-such-category' }).expect(404))).toBe('UNKNOWN_CATEGORY_FILTER');
    });

    it('filters by an inclusive price range, compared exactly', async () => {
      const page = (await list({ category: root.slug, minPrice: '10', maxPrice: '15.50', sort: 'price' }).expect(200))
        .body as Page;
      expect(page.items.map((item) => item.price.amount)).toEqual(['10.00', '15.50']);
      const above = (await list({ category: root.slug, minPrice: '15.51' }).expect(200)).body as Page;
      expect(above.items.map((item) => item.id)).toEqual([inChildAndGrandchild.id]);
    });

    it.each([
      [{ minPrice: '20', maxPrice: '10' }, 'INVALID_PRICE_RANGE'],
      [{ minPrice: '1.234' }, 'VALIDATION_FAILED'],
      [{ maxPrice: '-5' }, 'VALIDATION_FAILED'],
      [{ sort: 'relevance' }, 'INVALID_PRODUCT_QUERY'],
      [{ q: '*' }, 'INVALID_PRODUCT_QUERY'],
      [{ sort: 'cheapest' }, 'VALIDATION_FAILED'],
    ])('refuses %j with 400 %s', async (query, code) => {
      expect(errorCodeOf(await list(query).expect(400))).toBe(code);
    });

    it('sorts by price both ways, by name and by newest', async () => {
      const names = async (sort: string) =>
        ((await list({ category: root.slug, sort }).expect(200)).body as Page).items.map((item) => item.name);
      expect(await names('price')).toEqual(['Root Kettle', 'Child Teapot', 'Grandchild Mug', 'Both Saucer']);
      expect(await names('-price')).toEqual(['Both Saucer', 'Grandchild Mug', 'Child Teapot', 'Root Kettle']);
      expect(await names('name')).toEqual(['Both Saucer', 'Child Teapot', 'Grandchild Mug', 'Root Kettle']);

      const newest = ((await list({ category: root.slug, sort: 'newest' }).expect(200)).body as Page).items;
      const expected = [...newest].sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.id.localeCompare(a.id));
      expect(newest.map((item) => item.id)).toEqual(expected.map((item) => item.id));
    });

    it('ranks a match in the name above a match only in the description', async () => {
      const word = `zyx${Date.now().toString(36)}`;
      const inDescription = await admin.product({
        name: 'Plain Vase',
        description: `A vase glazed with ${word} and care.`,
      });
      const inName = await admin.product({ name: `${word} Vase`, description: 'A vase.' });

      const page = (await list({ q: word }).expect(200)).body as Page;
      expect(page.items.map((item) => item.id)).toEqual([inName.id, inDescription.id]);
      expect(page.total).toBe(2);
      // Search within a category, price-sorted, uses the same matches.
      const sorted = (await list({ q: word, sort: '-price' }).expect(200)).body as Page;
      expect(sorted.total).toBe(2);
    });

    it('finds seeded products by words of their names', async () => {
      const page = (await list({ q: 'lamp!*' }).expect(200)).body as Page;
      expect(page.total).toBeGreaterThan(0);
      expect(page.items[0]?.name.toLowerCase()).toContain('lamp');
    });
  });

  describe('GET /api/catalog/products/{idOrSlug}', () => {
    it('shows a product by id and by slug, with categories and related products from them', async () => {
      const byId = await request(url).get(`/api/catalog/products/${inGrandchild.id}`).expect(200);
      const bySlug = await request(url).get(`/api/catalog/products/${inGrandchild.slug}`).expect(200);
      expect(bySlug.body).toEqual(byId.body);
      expect(byId.body).toMatchObject({
        id: inGrandchild.id,
        name: 'Grandchild Mug',
        price: { amount: '15.50', currency: 'EUR' },
        categories: [{ id: grandchild.id, slug: grandchild.slug, name: grandchild.name }],
      });
      expect((byId.body as { related: { id: string }[] }).related.map((item) => item.id)).toEqual([
        inChildAndGrandchild.id,
      ]);
    });

    it('shows at most four related products, never the product itself or a draft', async () => {
      for (let index = 0; index < 5; index += 1) await admin.product({ categoryIds: [sibling.id] });
      const response = await request(url).get(`/api/catalog/products/${inSibling.slug}`).expect(200);
      const related = (response.body as { related: { id: string; status: string }[] }).related;
      expect(related).toHaveLength(4);
      expect(related.map((item) => item.id)).not.toContain(inSibling.id);
      expect(related.every((item) => item.status === 'active')).toBe(true);
    });

    it('serves a slug of the full 120 characters', async () => {
      const slug = unique('long').padEnd(120, 'x');
      await admin.product({ slug });
      await request(url).get(`/api/catalog/products/${slug}`).expect(200);
    });

    it('refuses unknown query parameters on the detail and the tree', async () => {
      await request(url).get(`/api/catalog/products/${inRoot.slug}`).query({ expand: 'all' }).expect(400);
      await request(url).get('/api/catalog/categories').query({ depth: 2 }).expect(400);
    });

    it('does not show a draft', async () => {
      expect(errorCodeOf(await request(url).get(`/api/catalog/products/${draftInChild.slug}`).expect(404))).toBe(
        'PRODUCT_NOT_FOUND',
      );
    });

    it('answers an unknown id or slug with 404', async () => {
      await request(url).get('/api/catalog/products/3f1c2b7e-0000-4000-8000-000000000000').expect(404);
      expect(errorCodeOf(await request(url).get('/api/catalog/products/no-such-product').expect(404))).toBe(
        'PRODUCT_NOT_FOUND',
      );
    });

    it.each(['Not-A-Slug', 'drop%20table', 'x_y', '3f1c2b7e-0000'.toUpperCase()])(
      'answers the malformed reference %s with 400',
      async (reference) => {
        const response = await request(url).get(`/api/catalog/products/${reference}`).expect(400);
        expect(errorCodeOf(response)).toBe('INVALID_PRODUCT_REFERENCE');
      },
    );
  });

  describe('GET /api/catalog/categories', () => {
    it('returns the tree with active-product counts that include descendants, each product once', async () => {
      const tree = (await request(url).get('/api/catalog/categories').expect(200)).body as TreeNode[];
      const rootNode = tree.find((node) => node.id === root.id);
      expect(rootNode).toMatchObject({
        slug: root.slug,
        productCount: 4,
        children: [
          {
            id: child.id,
            productCount: 3,
            children: [{ id: grandchild.id, productCount: 2, children: [] }],
          },
        ],
      });
      // The seeded shop: five departments, three levels deep.
      expect(tree.filter((node) => node.slug === 'home-living')[0]?.children[0]?.children.length).toBeGreaterThan(0);
    });
  });

  describe('GET /api/catalog/images/{name}.svg', () => {
    it('serves a deterministic, cacheable SVG with the product name', async () => {
      // A seeded department: every product in it has images.
      const detail = (await list({ category: 'home-living', pageSize: 1 }).expect(200)).body as Page;
      const seeded = detail.items[0];
      const image = (seeded as unknown as { images: { url: string }[] }).images[0];
      if (image === undefined || seeded === undefined) throw new Error('a seeded product has no image');

      const first = await request(url).get(image.url).expect(200);
      expect(first.headers['content-type']).toContain('image/svg+xml');
      expect(first.headers['cache-control']).toContain('max-age');
      const body = String(first.body instanceof Buffer ? first.body.toString() : first.text);
      expect(body).toContain(seeded.name);
      const second = await request(url).get(image.url).expect(200);
      expect(second.headers['etag']).toBe(first.headers['etag']);
      await request(url).get(image.url).set('If-None-Match', String(first.headers['etag'])).expect(304);
    });

    it('escapes the product name', async () => {
      const product = await admin.product({ name: 'Tom & Jerry <b>Mug</b>', slug: unique('tom-and-jerry') });
      const response = await request(url).get(`/api/catalog/images/${product.slug}-1.svg`).expect(200);
      const body = response.body instanceof Buffer ? response.body.toString() : response.text;
      expect(body).toContain('Tom &#38; Jerry &#60;b&#62;Mug&#60;/b&#62;');
      expect(body).not.toContain('<b>');
    });

    it('answers an unknown product with 404', async () => {
      await request(url).get('/api/catalog/images/no-such-product-1.svg').expect(404);
      await request(url).get('/api/catalog/images/not-an-image.png').expect(404);
    });
  });

  describe('OpenAPI', () => {
    it('serves the document with every storefront and admin route', async () => {
      const document = (await request(url).get('/api/catalog/docs-json').expect(200)).body as {
        paths: Record<string, Record<string, { security?: unknown[] }>>;
      };
      expect(Object.keys(document.paths)).toEqual(
        expect.arrayContaining([
          '/api/catalog/products',
          '/api/catalog/products/{idOrSlug}',
          '/api/catalog/categories',
          '/api/catalog/admin/products',
          '/api/catalog/admin/categories/{id}/move',
        ]),
      );
      expect(document.paths['/api/catalog/admin/products']?.['post']?.security).toEqual([{ bearer: [] }]);
      await request(url).get('/api/catalog/docs').expect(200);
    });
  });
});
