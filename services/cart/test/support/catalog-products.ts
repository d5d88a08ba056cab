import request from 'supertest';
import { operatorToken } from './services-under-test';

export interface CatalogProduct {
  id: string;
  sku: string;
  name: string;
  status: string;
  price: { amount: string; currency: string };
}

let sequence = 0;

/** Makes products through the catalog's admin API, as an operator would; fails loudly when refused. */
export class CatalogProducts {
  constructor(private readonly catalogUrl: string) {}

  async create(fields: Record<string, unknown> = {}): Promise<CatalogProduct> {
    sequence += 1;
    const sku = `CART-${Date.now().toString(36)}-${sequence}`.toUpperCase();
    const response = await request(this.catalogUrl)
      .post('/api/catalog/admin/products')
      .auth(await operatorToken(), { type: 'bearer' })
      .send({
        sku,
        name: `Product ${sku}`,
        description: 'A product made for a cart test.',
        price: { amount: '10.00', currency: 'EUR' },
        status: 'active',
        ...fields,
      });
    if (response.status !== 201) throw new Error(`product: ${response.status} ${response.text}`);
    return response.body as CatalogProduct;
  }

  async update(id: string, fields: Record<string, unknown>): Promise<void> {
    const response = await request(this.catalogUrl)
      .patch(`/api/catalog/admin/products/${id}`)
      .auth(await operatorToken(), { type: 'bearer' })
      .send(fields);
    if (response.status !== 200) throw new Error(`update: ${response.status} ${response.text}`);
  }
}
