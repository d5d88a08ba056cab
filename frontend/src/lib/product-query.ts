export const PRODUCT_SORTS = ['newest', 'price', '-price', 'name', 'relevance'] as const;
export type ProductSort = (typeof PRODUCT_SORTS)[number];

export const SORT_LABELS: Record<ProductSort, string> = {
  newest: 'Newest',
  price: 'Price: low to high',
  '-price': 'Price: high to low',
  name: 'Name',
  relevance: 'Best match',
};

export const PAGE_SIZE = 12;

/** The catalog's amount rule: a whole number of up to ten digits, optionally with one or two decimals. */
export const PRICE_PATTERN = /^(0|[1-9]\d{0,9})(\.\d{1,2})?$/;

export interface ProductQuery {
  q?: string;
  category?: string;
  minPrice?: string;
  maxPrice?: string;
  sort?: ProductSort;
  page: number;
}

export interface ParsedProductQuery {
  query: ProductQuery;
  /** Messages for filter fields whose values were left out because the catalog would refuse them. */
  invalid: Partial<Record<'minPrice' | 'maxPrice', string>>;
}

type RawParams = Record<string, string | string[] | undefined>;

function single(value: string | string[] | undefined): string | undefined {
  const first = Array.isArray(value) ? value[0] : value;
  const trimmed = first?.trim();
  return trimmed ? trimmed : undefined;
}

/** Reads the list page's URL; a bad price is reported beside its field rather than sent to the catalog. */
export function parseProductQuery(params: RawParams): ParsedProductQuery {
  const invalid: ParsedProductQuery['invalid'] = {};
  const query: ProductQuery = { page: 1 };
  const q = single(params['q']);
  if (q) query.q = q.slice(0, 200);
  const category = single(params['category']);
  if (category && /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(category)) query.category = category;
  for (const field of ['minPrice', 'maxPrice'] as const) {
    const value = single(params[field]);
    if (value === undefined) continue;
    if (PRICE_PATTERN.test(value)) query[field] = value;
    else invalid[field] = 'Enter an amount such as 10 or 10.50';
  }
  const sort = single(params['sort']);
  if (sort && (PRODUCT_SORTS as readonly string[]).includes(sort) && (sort !== 'relevance' || q)) {
    query.sort = sort as ProductSort;
  }
  const page = Number(single(params['page']));
  if (Number.isInteger(page) && page >= 1 && page <= 100_000) query.page = page;
  return { query, invalid };
}

export function toSearchParams(query: ProductQuery, pageSize = PAGE_SIZE): URLSearchParams {
  const params = new URLSearchParams();
  if (query.q) params.set('q', query.q);
  if (query.category) params.set('category', query.category);
  if (query.minPrice) params.set('minPrice', query.minPrice);
  if (query.maxPrice) params.set('maxPrice', query.maxPrice);
  if (query.sort) params.set('sort', query.sort);
  if (query.page > 1) params.set('page', String(query.page));
  params.set('pageSize', String(pageSize));
  return params;
}

/** The storefront URL of a list with some of the query changed (the page goes back to 1 unless given). */
export function productsHref(query: ProductQuery, change: Partial<ProductQuery> = {}): string {
  const next: ProductQuery = { ...query, page: 1, ...change };
  const params = toSearchParams(next);
  params.delete('pageSize');
  const search = params.toString();
  return search ? `/products?${search}` : '/products';
}
