import { CategoryRepository } from '../../categories/domain/category.repository';
import { Money } from '../domain/money';
import type { ProductAttributes, ProductImage, ProductStatus } from '../domain/product';
import { UnknownCategoriesError } from '../domain/product.errors';

/** A price as the API carries it: a decimal string and a currency code. */
export interface PriceInput {
  amount: string;
  currency: string;
}

/** What an admin sends to create a product; absent optional fields take defaults. */
export interface NewProductInput {
  sku: string;
  name: string;
  slug?: string;
  description: string;
  price: PriceInput;
  images?: ProductImage[];
  attributes?: ProductAttributes;
  status?: ProductStatus;
  categoryIds?: string[];
}

/** What an admin sends to change a product; absent fields stay as they are. */
export type ProductChangesInput = Partial<NewProductInput>;

export function toMoney(price: PriceInput): Money {
  return Money.of(price.amount, price.currency);
}

/** The distinct category ids, after checking that each exists (UnknownCategoriesError otherwise). */
export async function existingCategoryIds(
  categories: CategoryRepository,
  categoryIds: readonly string[],
): Promise<string[]> {
  const wanted = [...new Set(categoryIds.map((id) => id.toLowerCase()))];
  const found = new Set(await categories.findExistingIds(wanted));
  const missing = wanted.filter((id) => !found.has(id));
  if (missing.length > 0) throw new UnknownCategoriesError(missing);
  return wanted;
}
