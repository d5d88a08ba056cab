import { ORDER_STATUSES, type OrderStatus } from '@/lib/types';
import type { FieldErrors } from './form-data';
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
  customerId: string;
  /** Placed on or after this UTC day, `YYYY-MM-DD`. */
  from: string;
  /** Placed on or before this UTC day, `YYYY-MM-DD`. */
  to: string;
  page: number;
}

export type OrderFilterField = 'email' | 'customerId' | 'from' | 'to';

/** The orders list's filters as typed (so the form shows them again), and what is wrong with them. */
export interface OrderListFilters {
  query: OrderListQuery;
  errors: FieldErrors<OrderFilterField>;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
// The order service's check (class-validator's IsUUID('all')).
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Midnight UTC starting the day `YYYY-MM-DD`, or null when there is no such day (2026-02-30). */
function startOfDay(day: string): Date | null {
  if (!DAY.test(day)) return null;
  const date = new Date(`${day}T00:00:00.000Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === day ? date : null;
}

export function orderListFilters(params: SearchParams): OrderListFilters {
  const query: OrderListQuery = {
    status: oneOf(one(params, 'status'), ORDER_STATUSES),
    email: one(params, 'email'),
    customerId: one(params, 'customerId').toLowerCase(),
    from: one(params, 'from'),
    to: one(params, 'to'),
    page: pageOf(params),
  };
  const errors: FieldErrors<OrderFilterField> = {};
  if (query.email !== '' && !EMAIL.test(query.email)) errors.email = 'Enter an email address like name@example.com';
  if (query.customerId !== '' && !UUID.test(query.customerId)) {
    errors.customerId = 'Enter the account id, like 3f0c2a9e-1b2c-4d5e-8f90-a1b2c3d4e5f6';
  }
  const from = startOfDay(query.from);
  const to = startOfDay(query.to);
  if (query.from !== '' && !from) errors.from = 'Enter a date like 2026-06-01';
  if (query.to !== '' && !to) errors.to = 'Enter a date like 2026-06-30';
  else if (from && to && from > to) errors.to = 'Choose a day on or after the first day';
  return { query, errors };
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** The order service's list: `from` inclusive and `to` exclusive, so the last day runs until the next midnight. */
export function orderListApiPath(query: OrderListQuery): string {
  const from = startOfDay(query.from);
  const to = startOfDay(query.to);
  return `/api/orders/admin/orders${queryString({
    status: query.status,
    email: query.email,
    customerId: query.customerId,
    from: from?.toISOString(),
    to: to ? new Date(to.getTime() + DAY_MS).toISOString() : undefined,
    page: query.page,
    pageSize: ADMIN_PAGE_SIZE,
  })}`;
}

export function orderListHref(query: OrderListQuery, change: Partial<OrderListQuery> = {}): string {
  return `/admin/orders${queryString({ ...query, ...change })}`;
}

/** The page number of a history list (movements of one SKU). */
export function historyPage(params: SearchParams): number {
  return pageOf(params);
}
