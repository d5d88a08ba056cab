import request from 'supertest';

export interface CreatedCategory {
  id: string;
  slug: string;
  name: string;
  parentId: string | null;
}

export interface CreatedProduct {
  id: string;
  sku: string;
  slug: string;
  name: string;
  status: string;
  price: { amount: string; currency: string };
  createdAt: string;
  categories: { id: string; slug: string; name: string }[];
}

let sequence = 0;

/** Unique per call, so tests never collide on SKU or slug. */
export function unique(label: string): string {
  sequence += 1;
  return `${label}-${Date.now().toString(36)}-${sequence}`;
}

/** Writes through the admin API, as an operator would; fails loudly when a write is refused. */
export class CatalogAdmin {
  constructor(
    private readonly url: string,
    private readonly token: string,
  ) {}

  async category(name: string, parentId: string | null = null, slug?: string): Promise<CreatedCategory> {
    const response = await request(this.url)
      .post('/api/catalog/admin/categories')
      .auth(this.token, { type: 'bearer' })
      .send({ name, parentId, ...(slug === undefined ? {} : { slug }) });
    if (response.status !== 201) throw new Error(`category ${name}: ${response.status} ${response.text}`);
    return response.body as CreatedCategory;
  }

  async product(fields: Record<string, unknown>): Promise<CreatedProduct> {
    const sku = unique('SKU').toUpperCase();
    const response = await request(this.url)
      .post('/api/catalog/admin/products')
      .auth(this.token, { type: 'bearer' })
      .send({
        sku,
        name: `Product ${sku}`,
        description: 'A product made for a test.',
        price: { amount: '10.00', currency: 'EUR' },
        status: 'active',
        ...fields,
      });
    if (response.status !== 201) throw new Error(`product: ${response.status} ${response.text}`);
    return response.body as CreatedProduct;
  }
}
