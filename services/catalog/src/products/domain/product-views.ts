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
}
