import { ShopAttributes } from '@shop/observability';

/**
 * Business attributes the catalog puts on request spans: the shared names, plus the catalog's own
 * (candidates for ShopAttributes once another service needs them).
 */
export const CatalogAttributes = {
  productId: ShopAttributes.ProductId,
  categoryId: ShopAttributes.CategoryId,
  categorySlug: ShopAttributes.CategorySlug,
  resultCount: ShopAttributes.ResultCount,
  resultTotal: ShopAttributes.ResultTotal,
  /** How many products a bulk change names. */
  productCount: 'shop.product.count',
  /** Length of the search text (the text itself may be personal data, so it is not recorded). */
  searchQueryLength: 'shop.search.query_length',
  listSort: 'shop.list.sort',
  listPage: 'shop.list.page',
} as const;
