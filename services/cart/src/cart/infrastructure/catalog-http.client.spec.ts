import { once } from 'node:events';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { CatalogUnavailableError } from '../domain/cart.errors';
import { CatalogHttpClient } from './catalog-http.client';

const PRODUCT_ID = '0b7e6c1a-4f7e-4c7a-9a57-1d2c3b4a5f6e';

const detail = {
  id: PRODUCT_ID,
  sku: 'LMP-1',
  name: 'Aurora desk lamp',
  slug: 'aurora-desk-lamp',
  status: 'active',
  price: { amount: '19.99', currency: 'EUR' },
  related: [],
};

describe(CatalogHttpClient.name, () => {
  let server: Server;
  let baseUrl: string;
  let answer: (request: IncomingMessage, response: ServerResponse) => void;
  const requested: string[] = [];

  beforeAll(async () => {
    server = createServer((request, response) => {
      requested.push(request.url ?? '');
      answer(request, response);
    }).listen(0, '127.0.0.1');
    await once(server, 'listening');
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  });

  afterAll(async () => {
    server.closeAllConnections();
    server.close();
    await once(server, 'close');
  });

  const json = (status: number, body: unknown) => (_request: IncomingMessage, response: ServerResponse) => {
    response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
  };

  const client = (timeoutMs = 1_000) => new CatalogHttpClient({ baseUrl, timeoutMs });

  it('reads the storefront product detail: name, SKU, status and the exact price', async () => {
    answer = json(200, detail);
    const product = await client().find(PRODUCT_ID);
    expect(product).toMatchObject({ productId: PRODUCT_ID, sku: 'LMP-1', name: 'Aurora desk lamp', status: 'active' });
    expect(product?.unitPrice.amount).toBe('19.99');
    expect(requested.at(-1)).toBe(`/api/catalog/products/${PRODUCT_ID}`);
  });

  it('answers null when the catalog does not show the product', async () => {
    answer = json(404, { error: { code: 'PRODUCT_NOT_FOUND', message: 'No product' } });
    await expect(client().find(PRODUCT_ID)).resolves.toBeNull();
  });

  it.each([
    ['fails', json(500, { error: { code: 'INTERNAL' } })],
    ['answers a price that is a float', json(200, { ...detail, price: { amount: 19.99, currency: 'EUR' } })],
    [
      'answers an amount that is not DECIMAL(12,2)',
      json(200, { ...detail, price: { amount: '1.999', currency: 'EUR' } }),
    ],
    ['answers something else', json(200, { hello: 'world' })],
    [
      'answers HTML',
      (_request: IncomingMessage, response: ServerResponse) => {
        response.writeHead(200, { 'content-type': 'text/html' }).end('<html>');
      },
    ],
  ])('is unavailable when the catalog %s', async (_case, handler) => {
    answer = handler;
    await expect(client().find(PRODUCT_ID)).rejects.toThrow(CatalogUnavailableError);
  });

  it('gives up after the timeout', async () => {
    answer = () => undefined;
    const started = Date.now();
    await expect(client(200).find(PRODUCT_ID)).rejects.toThrow(/no answer within 200 ms/);
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it('is unavailable when nothing listens', async () => {
    const closed = new CatalogHttpClient({ baseUrl: 'http://127.0.0.1:9', timeoutMs: 1_000 });
    await expect(closed.find(PRODUCT_ID)).rejects.toThrow(/unreachable/);
  });
});
