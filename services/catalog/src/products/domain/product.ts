import type { Money } from './money';

export const PRODUCT_STATUSES = ['draft', 'active', 'archived'] as const;
/** draft: being prepared; active: sold in the storefront; archived: withdrawn, kept for history. */
export type ProductStatus = (typeof PRODUCT_STATUSES)[number];

export interface ProductImage {
  url: string;
  alt: string;
  width: number;
  height: number;
}

export type AttributeValue = string | number | boolean;
export type ProductAttributes = Record<string, AttributeValue>;

/**
 * A product as the catalog knows it; `categoryIds` are the categories it is listed in. `version` counts its
 * writes: a change is stored only over the version it was made from, so two concurrent changes cannot
 * overwrite each other.
 */
export interface Product {
  id: string;
  sku: string;
  name: string;
  slug: string;
  description: string;
  price: Money;
  images: ProductImage[];
  attributes: ProductAttributes;
  status: ProductStatus;
  categoryIds: string[];
  createdAt: Date;
  updatedAt: Date;
  version: number;
}

const CHANGEABLE_FIELDS = [
  'sku',
  'name',
  'slug',
  'description',
  'price',
  'images',
  'attributes',
  'status',
  'categoryIds',
] as const;

/** What an admin may change on a product; absent fields stay as they are. */
export type ProductChanges = Partial<Pick<Product, (typeof CHANGEABLE_FIELDS)[number]>>;

/** The changeable fields whose values differ between two versions of a product. */
export function changedFields(before: Product, after: Product): (keyof ProductChanges)[] {
  return CHANGEABLE_FIELDS.filter((field) => !sameValue(before[field], after[field]));
}

/** The product after the changes; updatedAt and the version move only when something actually changed. */
export function applyChanges(product: Product, changes: ProductChanges, now: Date): Product {
  const next: Product = { ...product };
  let changed = false;
  for (const key of Object.keys(changes) as (keyof ProductChanges)[]) {
    const value = changes[key];
    if (value === undefined || sameValue(product[key], value)) continue;
    Object.assign(next, { [key]: value });
    changed = true;
  }
  return changed ? { ...next, updatedAt: now, version: product.version + 1 } : product;
}

function sameValue(current: unknown, proposed: unknown): boolean {
  if (isMoney(current) && isMoney(proposed)) return current.equals(proposed);
  return JSON.stringify(current) === JSON.stringify(proposed);
}

function isMoney(value: unknown): value is Money {
  return typeof value === 'object' && value !== null && 'minorUnits' in value && 'currency' in value;
}
