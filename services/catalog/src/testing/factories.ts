import type { Category } from '../categories/domain/category';
import { Money } from '../products/domain/money';
import type { ProductSummary, ProductWithCategories } from '../products/domain/product-views';

const CREATED = new Date('2026-01-01T00:00:00Z');

/** Test data with sensible defaults; pass only what a test is about. */
export const factory = {
  product(overrides: Partial<ProductWithCategories> = {}): ProductWithCategories {
    return {
      id: '0b7e6c1a-4f7e-4c7a-9a57-1d2c3b4a5f6e',
      sku: 'LMP-1',
      name: 'Aurora desk lamp',
      slug: 'aurora-desk-lamp',
      description: 'A warm lamp',
      price: Money.of('19.99', 'EUR'),
      images: [],
      attributes: {},
      status: 'active',
      categoryIds: ['c1111111-1111-4111-8111-111111111111'],
      categories: [{ id: 'c1111111-1111-4111-8111-111111111111', slug: 'lamps', name: 'Lamps' }],
      stockStatus: 'unknown',
      createdAt: CREATED,
      updatedAt: CREATED,
      version: 1,
      ...overrides,
    };
  },

  summary(overrides: Partial<ProductSummary> = {}): ProductSummary {
    return {
      id: '1b7e6c1a-4f7e-4c7a-9a57-1d2c3b4a5f6e',
      sku: 'LMP-2',
      slug: 'other-lamp',
      name: 'Other lamp',
      price: Money.of('9.99', 'EUR'),
      images: [],
      status: 'active',
      stockStatus: 'unknown',
      createdAt: CREATED,
      ...overrides,
    };
  },

  category(overrides: Partial<Category> = {}): Category {
    const id = overrides.id ?? 'c1111111-1111-4111-8111-111111111111';
    return { id, parentId: null, name: 'Lamps', slug: 'lamps', position: 0, path: `/${id}/`, depth: 1, ...overrides };
  },
};
