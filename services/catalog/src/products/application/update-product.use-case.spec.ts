import { OutboxWriter } from '@shop/event-bus';
import { CategoryRepository } from '../../categories/domain/category.repository';
import { factory } from '../../testing/factories';
import { FixedClock, strictMock } from '@shop/testing/jest';
import { ProductRepository } from '../domain/product.repository';
import {
  ProductChangedConcurrentlyError,
  ProductNotFoundError,
  UnknownCategoriesError,
} from '../domain/product.errors';
import { ArchiveProductUseCase } from './archive-product.use-case';
import { ProductEvents } from './product-events';
import { MAX_WRITE_ATTEMPTS } from './stored-over-latest';
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
    products.update.mockResolvedValueOnce(true);

    await expect(useCase.execute(current.id, { name: 'Renamed' })).resolves.toBe(stored);
    expect(products.update).toHaveBeenCalledWith(
      expect.objectContaining({ name: 'Renamed', updatedAt: clock.now(), version: current.version + 1 }),
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
    products.update.mockResolvedValueOnce(true);
    await expect(new ArchiveProductUseCase(useCase).execute(current.id)).resolves.toMatchObject({ status: 'archived' });
    expect(products.update).toHaveBeenCalledWith(
      expect.objectContaining({ status: 'archived' }),
      current,
      expect.any(Function),
    );
  });

  it('makes the change again over the newer version when another write came first', async () => {
    const read = factory.product({ images: [{ url: '/a.png', alt: 'a', width: 1, height: 1 }] });
    const newer = factory.product({
      images: [...read.images, { url: '/b.png', alt: 'b', width: 1, height: 1 }],
      version: 2,
    });
    const stored = factory.product({ name: 'stored', version: 3 });
    products.findByReference.mockResolvedValueOnce(read).mockResolvedValueOnce(newer).mockResolvedValueOnce(stored);
    products.update.mockResolvedValueOnce(false).mockResolvedValueOnce(true);
    const appendC = (current: typeof read) => ({
      images: [...current.images, { url: '/c.png', alt: 'c', width: 1, height: 1 }],
    });

    await expect(useCase.execute(read.id, appendC)).resolves.toBe(stored);
    expect(products.update).toHaveBeenCalledTimes(2);
    const [written, over] = products.update.mock.calls[1] ?? [];
    expect(written?.images.map((image) => image.url)).toEqual(['/a.png', '/b.png', '/c.png']);
    expect([written?.version, over]).toEqual([3, newer]);
  });

  it('gives up with PRODUCT_CHANGED_CONCURRENTLY after as many attempts, having written nothing', async () => {
    products.findByReference.mockResolvedValue(factory.product());
    products.update.mockResolvedValue(false);

    await expect(useCase.execute(factory.product().id, { name: 'Renamed' })).rejects.toThrow(
      ProductChangedConcurrentlyError,
    );
    expect(products.update).toHaveBeenCalledTimes(MAX_WRITE_ATTEMPTS);
  });
});
