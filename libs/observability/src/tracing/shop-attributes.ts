/**
 * Names of the shop's own span attributes, in one place so that dashboards and queries can rely on them.
 * Where OpenTelemetry has a semantic convention, use it (from `@opentelemetry/semantic-conventions`)
 * instead of adding a name here.
 */
export const ShopAttributes = {
  ProductId: 'shop.product.id',
  ProductSku: 'shop.product.sku',
  ProductSlug: 'shop.product.slug',
  CategoryId: 'shop.category.id',
  CategorySlug: 'shop.category.slug',
  /** How many items a list or search returned (the page, not the total). */
  ResultCount: 'shop.result.count',
  /** Total matches of a list or search across all pages. */
  ResultTotal: 'shop.result.total',
  /** How many products a bulk change names. */
  ProductCount: 'shop.product.count',
  /** Length of the search text (the text itself may be personal data, so it is not recorded). */
  SearchQueryLength: 'shop.search.query_length',
  ListSort: 'shop.list.sort',
  ListPage: 'shop.list.page',
  /** The stable error code of a failed request (`VALIDATION_FAILED`, `PRODUCT_NOT_FOUND`). */
  ErrorCode: 'shop.error.code',
} as const;

/** Names of the shop's own metrics. */
export const ShopMetrics = {
  HttpServerRequests: 'shop.http.server.requests',
  HttpServerErrors: 'shop.http.server.errors',
  HttpServerDuration: 'shop.http.server.duration',
} as const;
