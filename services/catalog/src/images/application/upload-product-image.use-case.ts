import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { annotateSpan, ShopAttributes } from '@shop/observability';
import { UpdateProductUseCase } from '../../products/application/update-product.use-case';
import { PRODUCT_STATUSES, type ProductImage } from '../../products/domain/product';
import { parseProductId } from '../../products/domain/product-reference';
import type { ProductWithCategories } from '../../products/domain/product-views';
import { ProductRepository } from '../../products/domain/product.repository';
import { ProductNotFoundError } from '../../products/domain/product.errors';
import { TooManyImagesError } from '../domain/image.errors';
import { ImageStore } from '../domain/image-store';
import { checkUploadedImage, uploadKey, uploadUrl } from '../domain/uploaded-image';

/** As many as the product API takes in one update. */
export const MAX_PRODUCT_IMAGES = 10;

export interface ImageUpload {
  readonly bytes: Uint8Array;
  readonly alt: string;
}

/**
 * Stores an operator's picture in the object store, then appends it to the product's images through an
 * ordinary product update (so the catalog's product updated event leaves through the outbox). When the
 * store refuses the picture nothing else happens; when the update fails the object is deleted again (if
 * that fails too, it stays unreferenced until the bucket's lifecycle rule expires it).
 */
@Injectable()
export class UploadProductImageUseCase {
  constructor(
    private readonly products: ProductRepository,
    private readonly store: ImageStore,
    private readonly updateProduct: UpdateProductUseCase,
  ) {}

  async execute(id: string, upload: ImageUpload, correlationId: string): Promise<ProductWithCategories> {
    const productId = parseProductId(id);
    annotateSpan({ [ShopAttributes.ProductId]: productId });
    const image = checkUploadedImage(upload.bytes);
    const product = await this.products.findByReference({ kind: 'id', id: productId }, PRODUCT_STATUSES);
    if (product === null) throw new ProductNotFoundError(id);
    assertRoomForOneMore(product.images);

    const key = uploadKey(productId, randomUUID(), image);
    await this.store.put(key, upload.bytes, image.contentType);
    const added = { url: uploadUrl(key), alt: upload.alt, width: image.width, height: image.height };
    try {
      // Appended to the images as they are when stored: another upload may have landed meanwhile.
      return await this.updateProduct.execute(
        productId,
        (current) => {
          assertRoomForOneMore(current.images);
          return { images: [...current.images, added] };
        },
        correlationId,
      );
    } catch (error) {
      // The update's error is the answer; a failed clean-up must not replace it.
      await this.store.delete(key).catch(() => undefined);
      throw error;
    }
  }
}

function assertRoomForOneMore(images: readonly ProductImage[]): void {
  if (images.length >= MAX_PRODUCT_IMAGES) throw new TooManyImagesError(MAX_PRODUCT_IMAGES);
}
