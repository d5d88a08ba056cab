import { OutboxWriter } from '@shop/event-bus';
import { FixedClock, strictMock } from '@shop/testing/jest';
import { CategoryRepository } from '../../categories/domain/category.repository';
import { ProductEvents } from '../../products/application/product-events';
import { UpdateProductUseCase } from '../../products/application/update-product.use-case';
import { ProductRepository } from '../../products/domain/product.repository';
import { ProductNotFoundError } from '../../products/domain/product.errors';
import { factory } from '../../testing/factories';
import { pngImage } from '../../testing/images';
import { ImageStoreUnavailableError, InvalidImageError, TooManyImagesError } from '../domain/image.errors';
import { ImageStore } from '../domain/image-store';
import { MAX_PRODUCT_IMAGES, UploadProductImageUseCase } from './upload-product-image.use-case';

describe(UploadProductImageUseCase.name, () => {
  const clock = new FixedClock();
  let products: jest.Mocked<ProductRepository>;
  let store: jest.Mocked<ImageStore>;
  let useCase: UploadProductImageUseCase;
  const product = factory.product();

  beforeEach(() => {
    products = strictMock<ProductRepository>('products');
    store = strictMock<ImageStore>('store');
    const events = new ProductEvents(new OutboxWriter());
    const update = new UpdateProductUseCase(products, strictMock<CategoryRepository>('categories'), clock, events);
    useCase = new UploadProductImageUseCase(products, store, update);
  });

  it('stores the picture under the product, then appends it with its size through a product update', async () => {
    products.findByReference.mockResolvedValue(product);
    store.put.mockResolvedValueOnce();
    products.update.mockResolvedValueOnce(true);
    const bytes = pngImage(6, 4);

    await useCase.execute(product.id, { bytes, alt: 'Lit' }, 'c-1');

    const [key, stored, contentType] = store.put.mock.calls[0] ?? [];
    expect(key).toMatch(new RegExp(`^products/${product.id}/[0-9a-f-]{36}\\.png$`));
    expect([stored, contentType]).toEqual([bytes, 'image/png']);
    expect(products.update).toHaveBeenCalledWith(
      expect.objectContaining({
        images: [{ url: `/api/catalog/images/uploads/${key ?? ''}`, alt: 'Lit', width: 6, height: 4 }],
      }),
      product,
      expect.any(Function),
    );
  });

  it('changes nothing when the store refuses the picture', async () => {
    products.findByReference.mockResolvedValueOnce(product);
    store.put.mockRejectedValueOnce(new ImageStoreUnavailableError(new Error('NoSuchBucket')));

    await expect(useCase.execute(product.id, { bytes: pngImage(1, 1), alt: '' }, 'c-1')).rejects.toThrow(
      ImageStoreUnavailableError,
    );
    expect(products.update).not.toHaveBeenCalled();
  });

  it('stores nothing that is not a picture, nor for an unknown or full product', async () => {
    await expect(useCase.execute(product.id, { bytes: Buffer.from('text'), alt: '' }, 'c-1')).rejects.toThrow(
      InvalidImageError,
    );
    products.findByReference.mockResolvedValueOnce(null);
    await expect(useCase.execute(product.id, { bytes: pngImage(1, 1), alt: '' }, 'c-1')).rejects.toThrow(
      ProductNotFoundError,
    );
    const image = { url: '/api/catalog/images/x-1.svg', alt: '', width: 1, height: 1 };
    products.findByReference.mockResolvedValueOnce(
      factory.product({ images: Array.from({ length: MAX_PRODUCT_IMAGES }, () => image) }),
    );
    await expect(useCase.execute(product.id, { bytes: pngImage(1, 1), alt: '' }, 'c-1')).rejects.toThrow(
      TooManyImagesError,
    );
    expect(store.put).not.toHaveBeenCalled();
  });

  it('deletes the stored picture again when the product is full by the time it is appended', async () => {
    const image = { url: '/api/catalog/images/x-1.svg', alt: '', width: 1, height: 1 };
    const full = factory.product({ images: Array.from({ length: MAX_PRODUCT_IMAGES }, () => image), version: 2 });
    products.findByReference.mockResolvedValueOnce(product).mockResolvedValueOnce(full);
    store.put.mockResolvedValueOnce();
    store.delete.mockResolvedValueOnce();

    await expect(useCase.execute(product.id, { bytes: pngImage(1, 1), alt: '' }, 'c-1')).rejects.toThrow(
      TooManyImagesError,
    );
    const [putKey] = store.put.mock.calls[0] ?? [];
    expect(store.delete).toHaveBeenCalledWith(putKey);
  });

  it('answers with the update’s error when deleting the picture again fails too', async () => {
    products.findByReference.mockResolvedValueOnce(product).mockResolvedValueOnce(null);
    store.put.mockResolvedValueOnce();
    store.delete.mockRejectedValueOnce(new ImageStoreUnavailableError(new Error('down')));

    await expect(useCase.execute(product.id, { bytes: pngImage(1, 1), alt: '' }, 'c-1')).rejects.toThrow(
      ProductNotFoundError,
    );
  });
});
