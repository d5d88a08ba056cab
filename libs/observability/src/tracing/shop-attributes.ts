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
  /** The customer's account id; absent for a guest. Also written to the logs of the request. */
  CustomerId: 'shop.customer.id',
  /** `customer` or `guest`: who owns a cart or an order. */
  OwnerKind: 'shop.owner.kind',
  CartId: 'shop.cart.id',
  CartItemCount: 'shop.cart.item_count',
  OrderId: 'shop.order.id',
  OrderStatus: 'shop.order.status',
  /** Order total as a decimal string, with its currency in `shop.order.currency`. */
  OrderTotal: 'shop.order.total',
  OrderCurrency: 'shop.order.currency',
  OrderLineCount: 'shop.order.line_count',
  /** Why an order was rejected or a reservation failed (`out-of-stock`, `expired`). */
  RejectionReason: 'shop.order.rejection_reason',
  StockSku: 'shop.stock.sku',
  StockAvailable: 'shop.stock.available',
  /** The Idempotency-Key was seen before: the request returned the earlier order. */
  IdempotentReplay: 'shop.idempotency.replay',
} as const;

/** Names of the shop's own metrics. */
export const ShopMetrics = {
  HttpServerRequests: 'shop.http.server.requests',
  HttpServerErrors: 'shop.http.server.errors',
  HttpServerDuration: 'shop.http.server.duration',
  /** Business metrics (DESIGN.md, "Observability module"); attributes are low-cardinality only. */
  CartsCreated: 'shop.cart.created',
  CartItemsAdded: 'shop.cart.items_added',
  CheckoutsStarted: 'shop.checkout.started',
  OrdersPlaced: 'shop.order.placed',
  OrdersConfirmed: 'shop.order.confirmed',
  OrdersRejected: 'shop.order.rejected',
  OrdersCancelled: 'shop.order.cancelled',
  /** Histogram of order totals, attribute `shop.order.currency`. */
  OrderValue: 'shop.order.value',
  ReservationFailures: 'shop.inventory.reservation_failures',
  StockAvailableUnits: 'shop.inventory.available_units',
  LowStockItems: 'shop.inventory.low_stock_items',
} as const;
