import type { StockStatus } from '../../stock/domain/stock-status';
import type { Money } from './money';
import type { Product, ProductImage, ProductStatus } from './product';

/** What a list shows of a product. */
export interface ProductSummary {
  id: string;
  sku: string;
  slug: string;
  name: string;
  price: Money;
  images: ProductImage[];
  status: ProductStatus;
  /** Inventory's last word on the SKU, kept from its events. */
  stockStatus: StockStatus;
  createdAt: Date;
}

/** The categories a product is listed in, as the detail shows them. */
export interface CategoryReference {
  id: string;
  slug: string;
  name: string;
}

export interface ProductWithCategories extends Product {
  categories: CategoryReference[];
  /** Inventory's last word on the SKU, kept from its events. */
  stockStatus: StockStatus;
}
