import { isSlug } from '../../shared/domain/slug';
import { isUuid } from '../../shared/domain/uuid';
import { InvalidProductReferenceError } from './product.errors';

/** How a storefront URL names a product: by id or by slug. */
export type ProductReference = { kind: 'id'; id: string } | { kind: 'slug'; slug: string };

/** A UUID is an id (lower-cased), a slug is a slug; anything else is InvalidProductReferenceError. */
export function parseProductReference(value: string): ProductReference {
  if (isUuid(value)) return { kind: 'id', id: value.toLowerCase() };
  if (isSlug(value)) return { kind: 'slug', slug: value };
  throw new InvalidProductReferenceError(value);
}

/** An admin route names products by id only. */
export function parseProductId(value: string): string {
  if (!isUuid(value)) throw new InvalidProductReferenceError(value);
  return value.toLowerCase();
}
