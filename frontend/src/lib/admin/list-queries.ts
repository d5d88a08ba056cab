import { ORDER_STATUSES, type OrderStatus } from '@/lib/types';
import { PRODUCT_SORTS, PRODUCT_STATUSES, type ProductSort, type ProductStatus } from './types';

/** A page's search params, as Next hands them to a page. */
export type SearchParams = Record<string, string | string[] | undefined>;

export const ADMIN_PAGE_SIZE = 20;
// The services refuse deeper pages; a hand-typed URL should not turn into an error page.
const MAX_PAGE = 1000;
const SKU_PREFIX = /^[A-Za-z0-9._-]{1,64}$/;

function one(params: SearchParams, name: string): string {
  const value = params[name];
  return (Array.isArray(value) ? value[0] : value)?.trim() ?? '';
}

function pageOf(params: SearchParams): number {
  const page = Number(one(params, 'page'));
  return Number.isInteger(page) && page >= 1 ? Math.min(page, MAX_PAGE) : 1;
}

function oneOf<T extends string>(value: string, allowed: readonly T[]): T | '' {
  return (allowed as readonly string[]).includes(value) ? (value as T) : '';
}

/** `?a=1&b=2` without empty values and without page 1, or '' when nothing is left. */
export function queryString(values: Record<string, string | number | boolean | undefined>): string {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(values)) {
    if (value === undefined || value === '' || value === false) continue;
    if (name === 'page' && value === 1) continue;
    search.set(name, String(value));
  }
  const text = search.toString();
  return text === '' ? '' : `?${text}`;
}

export interface ProductListQuery {
  q: string;
  status: ProductStatus | '';
  sort: ProductSort | '';
  page: number;
}

export function productListQuery(params: SearchParams): ProductListQuery {
  const q = one(params, 'q').slice(0, 200);
  const sort = oneOf(one(params, 'sort'), PRODUCT_SORTS);
  return {
    q,
    status: oneOf(one(params, 'status'), PRODUCT_STATUSES),
    // The catalog ranks by relevance only for a search.
    sort: sort === 'relevance' && q === '' ? '' : sort,
    page: pageOf(params),
  };
}

export function productListApiPath(query: ProductListQuery): string {
  return `/api/catalog/admin/products${queryString({ ...query, pageSize: ADMIN_PAGE_SIZE })}`;
}

export function productListHref(query: ProductListQuery, change: Partial<ProductListQuery> = {}): string {
  return `/admin/products${queryString({ ...query, ...change })}`;
}

export interface StockListQuery {
  q: string;
  lowStock: boolean;
  page: number;
}

export function stockListQuery(params: SearchParams): StockListQuery {
  const q = one(params, 'q');
  return { q: SKU_PREFIX.test(q) ? q : '', lowStock: one(params, 'lowStock') === 'true', page: pageOf(params) };
}

export function stockListApiPath(query: StockListQuery): string {
  return `/api/inventory/admin/stock${queryString({ ...query, pageSize: ADMIN_PAGE_SIZE })}`;
}

export function stockListHref(query: StockListQuery, change: Partial<StockListQuery> = {}): string {
  return `/admin/inventory${queryString({ ...query, ...change })}`;
}

export interface OrderListQuery {
  status: OrderStatus | '';
  email: string;
  page: number;
}

export function orderListQuery(params: SearchParams): OrderListQuery {
  const email = one(params, 'email');
  return {
    status: oneOf(one(params, 'status'), ORDER_STATUSES),
    email: /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email) ? email : '',
    page: pageOf(params),
  };
}

export function orderListApiPath(query: OrderListQuery): string {
  return `/api/orders/admin/orders${queryString({ ...query, pageSize: ADMIN_PAGE_SIZE })}`;
}

export function orderListHref(query: OrderListQuery, change: Partial<OrderListQuery> = {}): string {
  return `/admin/orders${queryString({ ...query, ...change })}`;
}

/** The page number of a history list (movements of one SKU). */
export function historyPage(params: SearchParams): number {
  return pageOf(params);
}
