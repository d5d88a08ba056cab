import { assertSlug } from '../../shared/domain/slug';
import { parseMinorUnits } from './money';
import type { ProductStatus } from './product';
import { InvalidPriceRangeError, InvalidProductQueryError } from './product.errors';

export const PRODUCT_SORTS = ['price', '-price', 'name', 'newest', 'relevance'] as const;
export type ProductSort = (typeof PRODUCT_SORTS)[number];

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;
export const MAX_PAGE = 100_000;
export const MAX_SEARCH_LENGTH = 200;

/** A list request as the client sent it, already type-checked. */
export interface ProductListRequest {
  page?: number;
  pageSize?: number;
  category?: string;
  q?: string;
  minPrice?: string;
  maxPrice?: string;
  sort?: ProductSort;
}

/** What to list, with every default applied and every cross-field rule checked. */
export interface ProductListCriteria {
  page: number;
  pageSize: number;
  categorySlug: string | undefined;
  search: string | undefined;
  /** Inclusive bounds in minor units. */
  minPrice: bigint | undefined;
  maxPrice: bigint | undefined;
  sort: ProductSort;
  statuses: readonly ProductStatus[];
}

/**
 * Applies defaults (page 1, 20 per page, newest first, relevance first when searching) and refuses
 * requests that cannot mean anything: bounds out of range, minPrice above maxPrice, relevance without q.
 */
export function productListCriteria(
  request: ProductListRequest,
  statuses: readonly ProductStatus[],
): ProductListCriteria {
  const page = request.page ?? 1;
  const pageSize = request.pageSize ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(page) || page < 1 || page > MAX_PAGE) {
    throw new InvalidProductQueryError(`page must be a whole number from 1 to ${MAX_PAGE}`);
  }
  if (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
    throw new InvalidProductQueryError(`pageSize must be a whole number from 1 to ${MAX_PAGE_SIZE}`);
  }

  const search = request.q === undefined ? undefined : searchText(request.q);
  if (request.sort === 'relevance' && search === undefined) {
    throw new InvalidProductQueryError('sort=relevance needs a search term in q');
  }

  const minPrice = request.minPrice === undefined ? undefined : parseMinorUnits(request.minPrice);
  const maxPrice = request.maxPrice === undefined ? undefined : parseMinorUnits(request.maxPrice);
  if (minPrice !== undefined && maxPrice !== undefined && minPrice > maxPrice) {
    throw new InvalidPriceRangeError(request.minPrice ?? '', request.maxPrice ?? '');
  }

  return {
    page,
    pageSize,
    categorySlug: request.category === undefined ? undefined : assertSlug(request.category),
    search,
    minPrice,
    maxPrice,
    sort: request.sort ?? (search === undefined ? 'newest' : 'relevance'),
    statuses,
  };
}

/**
 * The words of a search, letters and digits only, joined by single spaces: the full-text parser
 * rejects some punctuation (a lone `*`) even in natural language mode, and none of it helps a match.
 * Blank means no search; text with no word in it cannot be searched for.
 */
export function searchText(q: string): string | undefined {
  if (q.length > MAX_SEARCH_LENGTH) {
    throw new InvalidProductQueryError(`q must be at most ${MAX_SEARCH_LENGTH} characters`);
  }
  if (q.trim() === '') return undefined;
  const words = q.match(/[\p{L}\p{N}]+/gu);
  if (words === null) throw new InvalidProductQueryError('q must contain a letter or a digit');
  return words.join(' ');
}

/** Rows to skip before the requested page. */
export function offsetOf(criteria: Pick<ProductListCriteria, 'page' | 'pageSize'>): number {
  return (criteria.page - 1) * criteria.pageSize;
}
