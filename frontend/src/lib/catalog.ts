import 'server-only';
import { gateway } from './gateway';
import type { ProductQuery } from './product-query';
import { toSearchParams } from './product-query';
import type { CategoryNode, Page, ProductDetail, ProductSummary } from './types';

export function listProducts(query: ProductQuery): Promise<Page<ProductSummary>> {
  const params = toSearchParams(query).toString();
  return gateway<Page<ProductSummary>>(`/api/catalog/products${params ? `?${params}` : ''}`);
}

export function getProduct(idOrSlug: string): Promise<ProductDetail> {
  return gateway<ProductDetail>(`/api/catalog/products/${encodeURIComponent(idOrSlug)}`);
}

export function getCategoryTree(): Promise<CategoryNode[]> {
  return gateway<CategoryNode[]>('/api/catalog/categories');
}
