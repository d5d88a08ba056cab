import { OutboxWriter } from '@shop/event-bus';
import { CategoryRepository } from '../../categories/domain/category.repository';
import { factory } from '../../testing/factories';
import { FixedClock, strictMock } from '@shop/testing/jest';
import { InvalidSlugError } from '../../shared/domain/shared.errors';
import type { Product } from '../domain/product';
import { ProductRepository } from '../domain/product.repository';
import { InvalidPriceError, SkuTakenError, UnknownCategoriesError } from '../domain/product.errors';
import { CreateProductUseCase } from './create-product.use-case';
import { ProductEvents } from './product-events';
import type { NewProductInput } from './product-input';

const CATEGORY = 'c1111111-1111-4111-8111-111111111111';

function input(overrides: Partial<NewProductInput> = {}): NewProductInput {
  return {
    sku: 'LMP-9',
    name: 'Crème Lamp',
    description: 'Warm',
    price: { amount: '24.5', currency: 'EUR' },
    categoryIds: [CATEGORY],
    ...overrides,
  };
}

describe(CreateProductUseCase.name, () => {
  const clock = new FixedClock();
  let products: jest.Mocked<ProductRepository>;
  let categories: jest.Mocked<CategoryRepository>;
  let useCase: CreateProductUseCase;

  beforeEach(() => {
    products = strictMock<ProductRepository>('products');
    categories = strictMock<CategoryRepository>('categories');
    useCase = new CreateProductUseCase(products, categories, clock, new ProductEvents(new OutboxWriter()));
  });

  it('stores a draft with a slug from the name and an exact price, then returns it as stored', async () => {
    categories.findExistingIds.mockResolvedValueOnce([CATEGORY]);
    products.insert.mockResolvedValueOnce();
    const stored = factory.product();
    products.findByReference.mockResolvedValueOnce(stored);

    await expect(useCase.execute(input())).resolves.toBe(stored);
    const inserted = products.insert.mock.calls[0]?.[0] as Product;
    expect(inserted).toMatchObject({
      sku: 'LMP-9',
      slug: 'creme-lamp',
      status: 'draft',
      images: [],
      attributes: {},
      categoryIds: [CATEGORY],
      createdAt: clock.now(),
      updatedAt: clock.now(),
    });
    expect(inserted.price.amount).toBe('24.50');
    expect(products.findByReference).toHaveBeenCalledWith({ kind: 'id', id: inserted.id }, ['draft']);
  });

  it('stores nothing when a category does not exist', async () => {
    categories.findExistingIds.mockResolvedValueOnce([]);
    await expect(useCase.execute(input())).rejects.toThrow(UnknownCategoriesError);
    expect(products.insert).not.toHaveBeenCalled();
  });

  it('stores nothing for a bad slug or price', async () => {
    await expect(useCase.execute(input({ slug: 'Bad Slug' }))).rejects.toThrow(InvalidSlugError);
    await expect(useCase.execute(input({ price: { amount: '1.234', currency: 'EUR' } }))).rejects.toThrow(
      InvalidPriceError,
    );
    expect(products.insert).not.toHaveBeenCalled();
  });

  it('passes a taken SKU on', async () => {
    categories.findExistingIds.mockResolvedValueOnce([CATEGORY]);
    products.insert.mockRejectedValueOnce(new SkuTakenError('LMP-9'));
    await expect(useCase.execute(input())).rejects.toThrow(SkuTakenError);
  });
});
