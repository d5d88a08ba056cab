import { InvalidSlugError } from './shared.errors';
import { isUuid } from './uuid';

export const MAX_SLUG_LENGTH = 120;
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Lowercase ASCII words joined by single hyphens: the URL-safe name of a product or category. A slug
 * never has the shape of a UUID, so a URL segment that may hold either is never ambiguous.
 */
export function isSlug(value: string): boolean {
  return value.length <= MAX_SLUG_LENGTH && SLUG.test(value) && !isUuid(value);
}

/** Throws InvalidSlugError unless the value is a slug. */
export function assertSlug(value: string): string {
  if (!isSlug(value)) {
    throw new InvalidSlugError(`"${value}" is not a slug (lowercase letters, digits and single hyphens)`);
  }
  return value;
}

/** "Crème Brûlée — 2 kg" -> "creme-brulee-2-kg"; throws when nothing URL-safe is left. */
export function slugify(text: string): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, MAX_SLUG_LENGTH)
    .replace(/-+$/, '');
  return assertSlug(slug);
}
