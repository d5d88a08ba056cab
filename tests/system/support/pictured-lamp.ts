import type { ShopClient } from './shop-client';

export interface SeededLamp {
  category: { id: string; slug: string; name: string };
  product: { id: string; sku: string; slug: string; name: string };
}

export interface LampSpec {
  /** Makes the names and the SKU unique to the run. */
  tag: string;
  skuPrefix: string;
  /** The kind of lamp: the product is named `<kind> <tag>`, its pictures `<kind>, view 1` and `<kind>, view 2`. */
  kind: string;
  description: string;
  price: string;
}

/**
 * A category `Lamps <tag>` and an active lamp in it with two pictures and 10 units received,
 * made through the admin API like an operator would.
 */
export async function seedPicturedLamp(client: ShopClient, admin: string, lamp: LampSpec): Promise<SeededLamp> {
  const category = await client.expect<SeededLamp['category']>(
    201,
    'POST',
    '/api/catalog/admin/categories',
    { bearer: admin },
    { name: `Lamps ${lamp.tag}` },
  );
  const pictureSlug = `${lamp.kind.toLowerCase().replaceAll(' ', '-')}-${lamp.tag}`;
  const product = await client.expect<SeededLamp['product']>(
    201,
    'POST',
    '/api/catalog/admin/products',
    { bearer: admin },
    {
      sku: `${lamp.skuPrefix}-${lamp.tag.toUpperCase()}`,
      name: `${lamp.kind} ${lamp.tag}`,
      description: lamp.description,
      price: { amount: lamp.price, currency: 'EUR' },
      status: 'active',
      categoryIds: [category.id],
      images: [1, 2].map((index) => ({
        url: `/api/catalog/images/${pictureSlug}-${index}.svg`,
        alt: `${lamp.kind}, view ${index}`,
        width: 800,
        height: 600,
      })),
    },
  );
  await client.receiveStock(admin, product.sku, 10);
  return { category, product };
}
