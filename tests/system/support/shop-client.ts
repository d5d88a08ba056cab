import { randomUUID } from 'node:crypto';
import { tokenFor, waitFor } from '@shop/testing';

export interface Money {
  amount: string;
  currency: string;
}

export interface Cart {
  id: string;
  items: { id: string; productId: string; sku: string; name: string; quantity: number; unitPrice: Money }[];
  itemCount: number;
  subtotal: Money | null;
}

export interface Order {
  id: string;
  status: 'PENDING' | 'CONFIRMED' | 'REJECTED' | 'CANCELLED';
  rejectionReason?: string;
  customerId: string | null;
  email: string;
  total: Money;
  lines: { sku: string; quantity: number }[];
}

/** A product as the shop's catalog shows it, as far as the system tests read it. */
export interface ShownProduct {
  id: string;
  sku: string;
  slug: string;
  name: string;
  stockStatus: string;
}

export interface StockItem {
  sku: string;
  onHand: number;
  reserved: number;
  available: number;
  status: string;
}

/** Whose request it is: a signed-in customer, a guest with a cart token, an operator, or nobody. */
export type Credentials = { bearer: string } | { cartToken: string } | Record<string, never>;

export const ANONYMOUS: Credentials = {};

export interface Response<T = unknown> {
  status: number;
  body: T;
  headers: Headers;
}

export const SHIPPING_ADDRESS = {
  fullName: 'Ada Lovelace',
  line1: '12 St James’s Square',
  city: 'London',
  postalCode: 'SW1Y 4JH',
  country: 'GB',
};

/** An operator's token, signed as the shop's sign-in would sign it. */
export async function operatorToken(role: 'admin' | 'viewer'): Promise<string> {
  // An hour, for suites that sign once and run longer than a sign-in's ten minutes.
  return tokenFor([role], { subject: `system-${role}`, expiresAt: Math.floor(Date.now() / 1000) + 3600 });
}

/** Talks to the shop through the gateway, as the storefront and the admin console do. */
export class ShopClient {
  constructor(private readonly baseUrl: string) {}

  async request<T = unknown>(
    method: string,
    path: string,
    credentials: Credentials,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<Response<T>> {
    const response = await fetch(`${this.baseUrl}${path}`, {
      method,
      headers: {
        ...('bearer' in credentials ? { authorization: `Bearer ${credentials.bearer}` } : {}),
        ...('cartToken' in credentials ? { 'x-cart-token': credentials.cartToken } : {}),
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...headers,
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    return {
      status: response.status,
      body: (text === '' ? undefined : JSON.parse(text)) as T,
      headers: response.headers,
    };
  }

  async expect<T>(
    status: number,
    method: string,
    path: string,
    credentials: Credentials,
    body?: unknown,
    headers?: Record<string, string>,
  ): Promise<T> {
    const response = await this.request<T>(method, path, credentials, body, headers);
    if (response.status !== status) {
      throw new Error(`${method} ${path}: expected ${status}, got ${response.status} ${JSON.stringify(response.body)}`);
    }
    return response.body;
  }

  /** A new customer account, signed in. */
  async signUp(label = 'shopper'): Promise<{ bearer: string; customerId: string; email: string }> {
    const email = `${label}-${randomUUID().slice(0, 8)}@example.com`;
    const body = await this.expect<{ accessToken: string; account: { id: string } }>(
      201,
      'POST',
      '/api/auth/signup',
      ANONYMOUS,
      {
        email,
        password: 'correct horse battery staple',
        name: 'Test Shopper',
      },
    );
    return { bearer: body.accessToken, customerId: body.account.id, email };
  }

  /** A new guest cart and the token that owns it. */
  async guestCart(): Promise<{ cartToken: string }> {
    const body = await this.expect<{ cartToken: string }>(201, 'POST', '/api/cart', ANONYMOUS);
    return { cartToken: body.cartToken };
  }

  addItem(owner: Credentials, productId: string, quantity: number): Promise<Cart> {
    return this.expect<Cart>(201, 'POST', '/api/cart/items', owner, { productId, quantity });
  }

  checkout(owner: Credentials, key: string = randomUUID(), email?: string): Promise<Response<Order>> {
    return this.request<Order>(
      'POST',
      '/api/orders',
      owner,
      { shippingAddress: SHIPPING_ADDRESS, ...(email === undefined ? {} : { email }) },
      { 'idempotency-key': key },
    );
  }

  /** Polls the order until it has left PENDING. */
  settledOrder(owner: Credentials, orderId: string, timeoutMs = 30_000): Promise<Order> {
    return waitFor(
      async () => {
        const order = await this.expect<Order>(200, 'GET', `/api/orders/${orderId}`, owner);
        return order.status === 'PENDING' ? undefined : order;
      },
      timeoutMs,
      () => `order ${orderId} to leave PENDING`,
    );
  }

  /** A product created by an operator, active, and the stock record inventory keeps for it, with `stock` received. */
  async stockedProduct(admin: string, stock: number, price = '12.50'): Promise<{ id: string; sku: string }> {
    const sku = `SYS-${randomUUID().slice(0, 8).toUpperCase()}`;
    const product = await this.expect<{ id: string; sku: string }>(
      201,
      'POST',
      '/api/catalog/admin/products',
      { bearer: admin },
      {
        sku,
        name: `System test product ${sku}`,
        description: 'Made by a system test.',
        price: { amount: price, currency: 'EUR' },
        status: 'active',
      },
    );
    await this.receiveStock(admin, sku, stock);
    return product;
  }

  /** Waits until inventory knows the SKU (it learns it from catalog.product.created.v1), then receives `quantity`. */
  async receiveStock(admin: string, sku: string, quantity: number): Promise<void> {
    await waitFor(
      async () =>
        (await this.request('GET', `/api/inventory/admin/stock/${sku}`, { bearer: admin })).status === 200 || undefined,
      30_000,
      () => `inventory to know ${sku}`,
    );
    if (quantity > 0) {
      await this.expect(
        201,
        'POST',
        `/api/inventory/admin/stock/${sku}/receipts`,
        { bearer: admin },
        { quantity, note: 'system test' },
      );
    }
  }

  /** Polls the catalog until it shows the product in stock (it learns the stock from inventory's events). */
  productInStock(productId: string): Promise<ShownProduct> {
    return waitFor(
      async () => {
        const shown = await this.expect<ShownProduct>(200, 'GET', `/api/catalog/products/${productId}`, ANONYMOUS);
        return shown.stockStatus === 'in-stock' ? shown : undefined;
      },
      30_000,
      () => `the catalog to show product ${productId} in stock`,
    );
  }

  stock(admin: string, sku: string): Promise<StockItem> {
    return this.expect<StockItem>(200, 'GET', `/api/inventory/admin/stock/${sku}`, { bearer: admin });
  }
}
