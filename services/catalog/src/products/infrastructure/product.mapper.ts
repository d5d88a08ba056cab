import { shownStockStatus } from '../../stock/domain/stock-status';
import { Money } from '../domain/money';
import type { Product } from '../domain/product';
import type { CategoryReference, ProductSummary, ProductWithCategories } from '../domain/product-views';
import type { ProductEntity } from './product.entity';

export function toProductSummary(row: ProductEntity): ProductSummary {
  return {
    id: row.id,
    sku: row.sku,
    slug: row.slug,
    name: row.name,
    price: Money.of(row.price, row.currency),
    images: row.images,
    status: row.status,
    stockStatus: shownStockStatus(row.stock?.status),
    createdAt: row.createdAt,
  };
}

export function toProductWithCategories(row: ProductEntity): ProductWithCategories {
  const categories = categoriesOf(row);
  return { ...toProduct(row), categories, stockStatus: shownStockStatus(row.stock?.status) };
}

/** The product alone, for reads that do not join its stock status. */
export function toProduct(row: ProductEntity): Product {
  return {
    id: row.id,
    sku: row.sku,
    name: row.name,
    slug: row.slug,
    description: row.description,
    price: Money.of(row.price, row.currency),
    images: row.images,
    attributes: row.attributes,
    status: row.status,
    categoryIds: categoriesOf(row).map((category) => category.id),
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    version: row.version,
  };
}

function categoriesOf(row: ProductEntity): CategoryReference[] {
  return (row.categories ?? [])
    .map((category) => ({ id: category.id, slug: category.slug, name: category.name }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** The product's own columns; its category links are stored separately. */
export function toProductRow(product: Product): Omit<ProductEntity, 'categories' | 'stock'> {
  return {
    id: product.id,
    sku: product.sku,
    name: product.name,
    slug: product.slug,
    description: product.description,
    price: product.price.amount,
    currency: product.price.currency,
    images: product.images,
    attributes: product.attributes,
    status: product.status,
    createdAt: product.createdAt,
    updatedAt: product.updatedAt,
    version: product.version,
  };
}
