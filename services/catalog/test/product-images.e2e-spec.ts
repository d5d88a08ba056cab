import { randomUUID } from 'node:crypto';
import { applyTopology, type LocalAws, startLocalAws } from '@shop/local-aws';
import {
  countRows,
  createTestDatabase,
  freePort,
  mariadbUrl,
  serviceEnv,
  startService,
  tokenFor,
  type RunningService,
  type TestDatabase,
} from '@shop/testing';
import { ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3';
import { messagingTopology, physicalName, PRODUCT_IMAGES_BUCKET } from '@shop/topology';
import { gifHeader, pngImage } from '../src/testing/images';
import { CatalogAdmin } from './support/catalog-admin';
import { CATALOG_DIR, runCatalogScript } from './support/catalog-under-test';

// The built catalog against a real MariaDB database and the real local AWS endpoint, whose S3 keeps the
// pictures in the topology's product images bucket.

const PREFIX = `t${randomUUID().slice(0, 8)}`;
const PRODUCTS = '/api/catalog/admin/products';

interface ImageView {
  url: string;
  alt: string;
  width: number;
  height: number;
}

interface ProductView {
  id: string;
  images: ImageView[];
}

let aws: LocalAws;
let database: TestDatabase;
let catalog: RunningService;
let admin: string;
let products: CatalogAdmin;
let s3: S3Client;

function catalogOn(databaseUrl: string, prefix: string): Promise<RunningService> {
  return startService({
    name: 'catalog',
    cwd: CATALOG_DIR,
    script: 'dist/main.js',
    env: serviceEnv(databaseUrl, { AWS_ENDPOINT_URL: aws.url, SHOP_RESOURCE_PREFIX: prefix }),
    readyPath: '/api/catalog/health/ready',
  });
}

beforeAll(async () => {
  aws = await startLocalAws({ port: await freePort() });
  await applyTopology(messagingTopology, { endpoint: aws.url, region: 'us-east-1', prefix: PREFIX });
  database = await createTestDatabase('catalog_images');
  await runCatalogScript('migrate', mariadbUrl(database));
  catalog = await catalogOn(mariadbUrl(database), PREFIX);
  admin = await tokenFor(['admin']);
  products = new CatalogAdmin(catalog.url, admin);
  s3 = new S3Client({
    endpoint: aws.url,
    region: 'us-east-1',
    forcePathStyle: true,
    credentials: { accessKeyId: 'test', secretAccessKey: 'test' },
  });
}, 120_000);

afterAll(async () => {
  s3?.destroy();
  await catalog?.stop();
  await aws?.stop();
  await database?.drop();
}, 60_000);

jest.setTimeout(60_000);

function upload(
  url: string,
  productId: string,
  file: { bytes: Uint8Array; name: string; type: string },
  fields: Record<string, string> = {},
  token = admin,
): Promise<Response> {
  const form = new FormData();
  form.set('file', new Blob([file.bytes], { type: file.type }), file.name);
  for (const [name, value] of Object.entries(fields)) form.set(name, value);
  return fetch(`${url}${PRODUCTS}/${productId}/images`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}` },
    body: form,
  });
}

async function stored(productId: string): Promise<ProductView> {
  const response = await fetch(`${catalog.url}${PRODUCTS}/${productId}`, {
    headers: { authorization: `Bearer ${admin}` },
  });
  return (await response.json()) as ProductView;
}

function updatedEventsOf(productId: string): Promise<number> {
  return countRows(
    database.url,
    "SELECT COUNT(DISTINCT `id`) AS `total` FROM `outbox_events` WHERE `type` = 'catalog.product.updated.v1' AND `envelope` LIKE ?",
    [`%${productId}%`],
  );
}

const png = (bytes: Uint8Array, name = 'lamp.png') => ({ bytes, name, type: 'image/png' });

describe('uploading a product picture', () => {
  it('stores it in S3, adds it with its real size, serves the same bytes, and emits product updated', async () => {
    const product = await products.product({});
    const bytes = pngImage(7, 5);

    const response = await upload(catalog.url, product.id, png(bytes), { alt: 'Lamp, lit' });

    expect(response.status).toBe(201);
    const body = (await response.json()) as ProductView;
    const [image] = body.images;
    expect(image).toEqual({
      url: expect.stringMatching(
        new RegExp(`^/api/catalog/images/uploads/products/${product.id}/[0-9a-f-]{36}\\.png$`),
      ) as string,
      alt: 'Lamp, lit',
      width: 7,
      height: 5,
    });
    expect((await stored(product.id)).images).toEqual(body.images);
    expect(await updatedEventsOf(product.id)).toBe(1);

    const served = await fetch(`${catalog.url}${image?.url ?? ''}`);
    expect(served.status).toBe(200);
    expect(served.headers.get('content-type')).toBe('image/png');
    expect(served.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(Buffer.from(await served.arrayBuffer()).equals(bytes)).toBe(true);
  });

  it('appends a second picture after the first', async () => {
    const product = await products.product({});
    await upload(catalog.url, product.id, png(pngImage(2, 2)));

    const response = await upload(catalog.url, product.id, png(pngImage(3, 4)), { alt: 'Side' });

    expect(response.status).toBe(201);
    expect((await stored(product.id)).images.map(({ alt, width, height }) => ({ alt, width, height }))).toEqual([
      { alt: '', width: 2, height: 2 },
      { alt: 'Side', width: 3, height: 4 },
    ]);
  });

  it('keeps every picture of uploads made at the same moment, each with its own updated event', async () => {
    const product = await products.product({});
    const sizes = [1, 2, 3, 4, 5, 6];

    const responses = await Promise.all(
      sizes.map((size) => upload(catalog.url, product.id, png(pngImage(size, size)), { alt: `Size ${size}` })),
    );

    expect(responses.map((response) => response.status)).toEqual(sizes.map(() => 201));
    const kept = (await stored(product.id)).images.map((image) => image.alt).sort();
    expect(kept).toEqual(sizes.map((size) => `Size ${size}`));
    expect(await updatedEventsOf(product.id)).toBe(sizes.length);
  });

  it('leaves no object behind for uploads refused because others filled the product meanwhile', async () => {
    const placeholder = { url: '/api/catalog/images/x-1.svg', alt: '', width: 800, height: 600 };
    const product = await products.product({ images: Array.from({ length: 7 }, () => placeholder) });

    const responses = await Promise.all(
      [1, 2, 3, 4, 5, 6].map((size) => upload(catalog.url, product.id, png(pngImage(size, size)))),
    );

    const statuses = responses.map((response) => response.status).sort();
    expect(statuses).toEqual([201, 201, 201, 409, 409, 409]);
    const uploaded = (await stored(product.id)).images.filter((image) => image.url.includes('/uploads/'));
    expect(uploaded).toHaveLength(3);
    const objects = await s3.send(
      new ListObjectsV2Command({
        Bucket: physicalName(PRODUCT_IMAGES_BUCKET, PREFIX),
        Prefix: `products/${product.id}/`,
      }),
    );
    expect((objects.Contents ?? []).map((object) => object.Key).sort()).toEqual(
      uploaded.map((image) => image.url.replace('/api/catalog/images/uploads/', '')).sort(),
    );
  });

  it.each([
    ['a GIF', { bytes: gifHeader(), name: 'lamp.gif', type: 'image/gif' }],
    ['a text file named .png and declared as a PNG', png(Buffer.from('not a picture at all'))],
  ])('refuses %s with 400 and changes nothing', async (_kind, file) => {
    const product = await products.product({});

    const response = await upload(catalog.url, product.id, file);

    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({
      error: { code: 'INVALID_IMAGE', message: 'Only PNG, JPEG and WebP images can be uploaded' },
    });
    expect((await stored(product.id)).images).toEqual([]);
    expect(await updatedEventsOf(product.id)).toBe(0);
  });

  it('refuses more than 5 MiB with 413 and changes nothing', async () => {
    const product = await products.product({});
    const bytes = Buffer.concat([pngImage(1, 1), Buffer.alloc(5 * 1024 * 1024)]);

    const response = await upload(catalog.url, product.id, png(bytes));

    expect(response.status).toBe(413);
    expect(await response.json()).toMatchObject({ error: { code: 'PAYLOAD_TOO_LARGE' } });
    expect((await stored(product.id)).images).toEqual([]);
  });

  it('answers 400 without a file, 404 for an unknown product, 401 without a token and 403 to a viewer', async () => {
    const product = await products.product({});
    const noFile = await fetch(`${catalog.url}${PRODUCTS}/${product.id}/images`, {
      method: 'POST',
      headers: { authorization: `Bearer ${admin}` },
      body: new FormData(),
    });
    const unknown = await upload(catalog.url, randomUUID(), png(pngImage(1, 1)));
    const anonymous = await fetch(`${catalog.url}${PRODUCTS}/${product.id}/images`, { method: 'POST' });
    const viewer = await upload(catalog.url, product.id, png(pngImage(1, 1)), {}, await tokenFor(['viewer']));
    const json = await fetch(`${catalog.url}${PRODUCTS}/${product.id}/images`, {
      method: 'POST',
      headers: { authorization: `Bearer ${admin}`, 'content-type': 'application/json' },
      body: '{}',
    });

    expect([noFile.status, unknown.status, anonymous.status, viewer.status, json.status]).toEqual([
      400, 404, 401, 403, 400,
    ]);
    expect(await unknown.json()).toMatchObject({ error: { code: 'PRODUCT_NOT_FOUND' } });
    expect((await stored(product.id)).images).toEqual([]);
  });

  it('answers 503 and changes nothing when S3 refuses the picture', async () => {
    // Another prefix: its bucket was never created, so every put fails.
    const withoutBucket = await catalogOn(mariadbUrl(database), `t${randomUUID().slice(0, 8)}`);
    try {
      const product = await products.product({});

      const response = await upload(withoutBucket.url, product.id, png(pngImage(2, 2)));

      expect(response.status).toBe(503);
      expect(await response.json()).toMatchObject({ error: { code: 'IMAGE_STORE_UNAVAILABLE' } });
      expect((await stored(product.id)).images).toEqual([]);
      expect(await updatedEventsOf(product.id)).toBe(0);
    } finally {
      await withoutBucket.stop();
    }
  });
});

describe('removing a product picture', () => {
  it('takes it off the product by position or by key; the object stays readable', async () => {
    const product = await products.product({});
    await upload(catalog.url, product.id, png(pngImage(2, 2)), { alt: 'first' });
    await upload(catalog.url, product.id, png(pngImage(3, 3)), { alt: 'second' });
    await upload(catalog.url, product.id, png(pngImage(4, 4)), { alt: 'third' });
    const [, second] = (await stored(product.id)).images;
    const key = (second?.url ?? '').replace('/api/catalog/images/uploads/', '');
    const remove = (reference: string) =>
      fetch(`${catalog.url}${PRODUCTS}/${product.id}/images/${encodeURIComponent(reference)}`, {
        method: 'DELETE',
        headers: { authorization: `Bearer ${admin}` },
      });

    expect((await remove(key)).status).toBe(200);
    expect((await remove('0')).status).toBe(200);

    expect((await stored(product.id)).images.map((image) => image.alt)).toEqual(['third']);
    expect((await fetch(`${catalog.url}${second?.url ?? ''}`)).status).toBe(200);
    const missing = await remove('5');
    expect(missing.status).toBe(404);
    expect(await missing.json()).toMatchObject({ error: { code: 'IMAGE_NOT_FOUND' } });
  });
});

describe('serving uploaded pictures', () => {
  it('answers 404 for a key that names no object', async () => {
    const response = await fetch(
      `${catalog.url}/api/catalog/images/uploads/products/${randomUUID()}/${randomUUID()}.png`,
    );
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ error: { code: 'IMAGE_NOT_FOUND' } });
  });

  it.each([
    `products/${randomUUID()}/..%2F..%2Fsecret.png`,
    `exports/${randomUUID()}/${randomUUID()}.png`,
    'products/x.png',
  ])('refuses the key %s with 400', async (key) => {
    const response = await fetch(`${catalog.url}/api/catalog/images/uploads/${key}`);
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: { code: 'INVALID_IMAGE_KEY' } });
  });
});

describe('OpenAPI', () => {
  it('documents the upload as multipart/form-data behind a bearer token, and the public uploads path', async () => {
    const document = (await (await fetch(`${catalog.url}/api/catalog/docs-json`)).json()) as {
      paths: Record<string, Record<string, { security?: unknown[]; requestBody?: { content: object } }>>;
    };

    const uploadRoute = document.paths['/api/catalog/admin/products/{id}/images']?.['post'];
    expect(uploadRoute?.security).toEqual([{ bearer: [] }]);
    expect(Object.keys(uploadRoute?.requestBody?.content ?? {})).toEqual(['multipart/form-data']);
    expect(document.paths['/api/catalog/admin/products/{id}/images/{image}']?.['delete']?.security).toEqual([
      { bearer: [] },
    ]);
    expect(document.paths['/api/catalog/images/uploads/{key}']?.['get']).toBeDefined();
  });
});
