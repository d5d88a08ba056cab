import request, { type Response } from 'supertest';

export interface Price {
  amount: string;
  currency: string;
}

export interface CartBody {
  id: string;
  items: {
    id: string;
    productId: string;
    sku: string;
    name: string;
    unitPrice: Price;
    quantity: number;
    lineTotal: Price;
  }[];
  itemCount: number;
  subtotal: Price | null;
  expiresAt: string;
  updatedAt: string;
}

/** Who a request is made as: a guest's cart token, a bearer token, both, or nobody. */
export interface As {
  cartToken?: string;
  bearer?: string;
}

/** The cart's HTTP API, as a storefront calls it. */
export class CartClient {
  constructor(readonly url: string) {}

  private headers(as: As): Record<string, string> {
    return {
      ...(as.cartToken === undefined ? {} : { 'x-cart-token': as.cartToken }),
      ...(as.bearer === undefined ? {} : { authorization: `Bearer ${as.bearer}` }),
    };
  }

  create(): Promise<Response> {
    return request(this.url).post('/api/cart');
  }

  /** A new guest cart's token. */
  async guest(): Promise<string> {
    const response = await this.create();
    if (response.status !== 201) throw new Error(`create cart: ${response.status} ${response.text}`);
    return (response.body as { cartToken: string }).cartToken;
  }

  get(as: As): Promise<Response> {
    return request(this.url).get('/api/cart').set(this.headers(as));
  }

  async cart(as: As): Promise<CartBody> {
    const response = await this.get(as);
    if (response.status !== 200) throw new Error(`get cart: ${response.status} ${response.text}`);
    return response.body as CartBody;
  }

  add(as: As, body: unknown): Promise<Response> {
    return request(this.url)
      .post('/api/cart/items')
      .set(this.headers(as))
      .send(body as object);
  }

  change(as: As, itemId: string, body: unknown): Promise<Response> {
    return request(this.url)
      .patch(`/api/cart/items/${encodeURIComponent(itemId)}`)
      .set(this.headers(as))
      .send(body as object);
  }

  remove(as: As, itemId: string): Promise<Response> {
    return request(this.url)
      .delete(`/api/cart/items/${encodeURIComponent(itemId)}`)
      .set(this.headers(as));
  }

  merge(as: As): Promise<Response> {
    return request(this.url).post('/api/cart/merge').set(this.headers(as));
  }
}
