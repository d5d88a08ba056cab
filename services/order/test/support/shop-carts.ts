import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { startServiceOnFreshDatabase, tokenFor, type ServiceOnFreshDatabase } from '@shop/testing';
import request from 'supertest';
import { ORDER_DIR } from './order-under-test';

const CATALOG_DIR = join(ORDER_DIR, '..', 'catalog');
const CART_DIR = join(ORDER_DIR, '..', 'cart');

/** Whose cart: a customer's `Authorization` header value, or a guest's cart token. */
export type CartOwner = { authorization: string } | { cartToken: string };

/** What a test wants in a cart: a product at a price, a quantity. */
export interface WantedLine {
  quantity?: number;
  price?: string;
  sku?: string;
}

/** A line as it went into the cart: the catalog product behind it. */
export interface CartedLine {
  productId: string;
  sku: string;
  name: string;
  quantity: number;
  unitPrice: { amount: string; currency: string };
}

let sequence = 0;

/**
 * The real catalog and cart services (built, each on its own fresh database), which the order service
 * reads carts from. Carts are filled as a storefront fills them: products made through the catalog's
 * admin API, added through the cart's API (which takes name, SKU and price from the catalog).
 */
export class ShopCarts {
  private constructor(
    private readonly catalog: ServiceOnFreshDatabase,
    private readonly cart: ServiceOnFreshDatabase,
    private readonly adminToken: string,
  ) {}

  /** `env`: extra settings for both (the local AWS endpoint, so the cart consumes order.confirmed.v1). */
  static async start(env: Record<string, string> = {}): Promise<ShopCarts> {
    const catalog = await startServiceOnFreshDatabase({
      name: 'catalog',
      dir: CATALOG_DIR,
      readyPath: '/api/catalog/health/ready',
      databasePrefix: 'order_catalog',
      env,
    });
    try {
      const cart = await startServiceOnFreshDatabase({
        name: 'cart',
        dir: CART_DIR,
        readyPath: '/api/cart/health/ready',
        databasePrefix: 'order_cart',
        env: { CATALOG_URL: catalog.service.url, ...env },
      });
      return new ShopCarts(catalog, cart, await tokenFor(['admin'], { subject: `operator-${randomUUID()}` }));
    } catch (error) {
      await catalog.stop();
      throw error;
    }
  }

  /** Where the order service finds the cart (CART_URL). */
  get url(): string {
    return this.cart.service.url;
  }

  /** A new guest cart's token, issued by the cart service. */
  async guestToken(): Promise<string> {
    const response = await request(this.url).post('/api/cart');
    if (response.status !== 201) throw new Error(`new cart: ${response.status} ${response.text}`);
    return (response.body as { cartToken: string }).cartToken;
  }

  /** Adds a fresh catalog product per wanted line to the owner's cart; returns the cart id and the lines. */
  async fill(owner: CartOwner, wanted: readonly WantedLine[]): Promise<{ cartId: string; lines: CartedLine[] }> {
    let cartId = '';
    const lines: CartedLine[] = [];
    for (const line of wanted) {
      const product = await this.product(line.price ?? '39.90', line.sku);
      const quantity = line.quantity ?? 1;
      const added = await this.as(owner, request(this.url).post('/api/cart/items')).send({
        productId: product.id,
        quantity,
      });
      if (added.status !== 201) throw new Error(`add to cart: ${added.status} ${added.text}`);
      cartId = (added.body as { id: string }).id;
      lines.push({ productId: product.id, sku: product.sku, name: product.name, quantity, unitPrice: product.price });
    }
    return { cartId, lines };
  }

  /** Resolves with the first log line of the cart service (past or future) that matches. */
  waitForCartLog(predicate: (line: Record<string, unknown>) => boolean): Promise<Record<string, unknown>> {
    return this.cart.service.waitForLog(predicate);
  }

  /** The owner's cart as the cart service shows it. */
  async read(owner: CartOwner): Promise<{ status: number; itemCount?: number }> {
    const response = await this.as(owner, request(this.url).get('/api/cart'));
    return { status: response.status, itemCount: (response.body as { itemCount?: number }).itemCount };
  }

  async stop(): Promise<void> {
    for (const running of [this.cart, this.catalog]) await running.stop();
  }

  private as(owner: CartOwner, call: request.Test): request.Test {
    return 'authorization' in owner
      ? call.set('authorization', owner.authorization)
      : call.set('x-cart-token', owner.cartToken);
  }

  private async product(
    price: string,
    sku?: string,
  ): Promise<{ id: string; sku: string; name: string; price: CartedLine['unitPrice'] }> {
    sequence += 1;
    const productSku = sku ?? `ORD-${Date.now().toString(36)}-${sequence}`.toUpperCase();
    const response = await request(this.catalog.service.url)
      .post('/api/catalog/admin/products')
      .auth(this.adminToken, { type: 'bearer' })
      .send({
        sku: productSku,
        name: `Product ${productSku}`,
        description: 'A product made for an order test.',
        price: { amount: price, currency: 'EUR' },
        status: 'active',
      });
    if (response.status !== 201) throw new Error(`product: ${response.status} ${response.text}`);
    return response.body as { id: string; sku: string; name: string; price: CartedLine['unitPrice'] };
  }
}
