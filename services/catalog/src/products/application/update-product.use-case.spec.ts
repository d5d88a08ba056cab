import { OutboxWriter } from '@shop/event-bus';
import { CategoryRepository } from '../../categories/domain/category.repository';
import { factory } from '../../testing/factories';
import { FixedClock, strictMock } from '@shop/testing/jest';
import { ProductRepository } from '../domain/product.repository';
import { ProductNotFoundError, UnknownCategoriesError } from '../domain/product.errors';
import { ArchiveProductUseCase } from './archive-product.use-case';
import { ProductEvents } from './product-events';
import { UpdateProductUseCase } from './update-product.use-case';

describe(UpdateProductUseCase.name, () => {
  const clock = new FixedClock();
  let products: jest.Mocked<ProductRepository>;
  let categories: jest.Mocked<CategoryRepository>;
  let useCase: UpdateProductUseCase;

  beforeEach(() => {
    products = strictMock<ProductRepository>('products');
    categories = strictMock<CategoryRepository>('categories');
    useCase = new UpdateProductUseCase(products, categories, clock, new ProductEvents(new OutboxWriter()));
  });

  it('writes the changed product and returns it as stored', async () => {
    const current = factory.product();
    const stored = factory.product({ name: 'Renamed' });
    products.findByReference.mockResolvedValueOnce(current).mockResolvedValueOnce(stored);
    products.update.mockResolvedValueOnce();

    await expect(useCase.execute(current.id, { name: 'Renamed' })).resolves.toBe(stored);
    expect(products.update).toHaveBeenCalledWith(
      expect.objectContaining({ name: 'Renamed', updatedAt: clock.now() }),
      current,
      expect.any(Function),
    );
  });

  it('writes nothing when nothing changes', async () => {
    const current = factory.product();
    products.findByReference.mockResolvedValueOnce(current);
    await expect(
      useCase.execute(current.id, { name: current.name, price: { amount: '19.99', currency: 'EUR' } }),
    ).resolves.toBe(current);
  });

  it('writes nothing when a new category does not exist', async () => {
    products.findByReference.mockResolvedValueOnce(factory.product());
    categories.findExistingIds.mockResolvedValueOnce([]);
    await expect(
      useCase.execute(factory.product().id, { categoryIds: ['d1111111-1111-4111-8111-111111111111'] }),
    ).rejects.toThrow(UnknownCategoriesError);
  });

  it('reports an unknown product', async () => {
    products.findByReference.mockResolvedValueOnce(null);
    await expect(useCase.execute(factory.product().id, { name: 'x' })).rejects.toThrow(ProductNotFoundError);
  });

  it('archives through the same path', async () => {
    const current = factory.product();
    products.findByReference.mockResolvedValueOnce(current).mockResolvedValueOnce({ ...current, status: 'archived' });
    products.update.mockResolvedValueOnce();
    await expect(new ArchiveProductUseCase(useCase).execute(current.id)).resolves.toMatchObject({ status: 'archived' });
    expect(products.update).toHaveBeenCalledWith(
      expect.objectContaining({ status: 'archived' }),
      current,
      expect.any(Function),
    );
  });
});
