import { Injectable } from '@nestjs/common';
import { annotateSpan, ShopAttributes } from '@shop/observability';
import { UpdateProductUseCase } from '../../products/application/update-product.use-case';
import type { ProductImage } from '../../products/domain/product';
import { parseProductId } from '../../products/domain/product-reference';
import type { ProductWithCategories } from '../../products/domain/product-views';
import { ImageNotFoundError } from '../domain/image.errors';
import { uploadKeyOfUrl } from '../domain/uploaded-image';

/**
 * Where `reference` points in the list: a position (`0`), an upload's key (`products/<id>/<uuid>.png`)
 * or the last segment of an image's URL (`<uuid>.png`, `aurora-desk-lamp-1.svg`); -1 when nowhere.
 */
export function imagePosition(images: readonly ProductImage[], reference: string): number {
  if (/^\d{1,2}$/.test(reference)) return Number(reference) < images.length ? Number(reference) : -1;
  return images.findIndex(
    (image) => uploadKeyOfUrl(image.url) === reference || image.url.split('/').at(-1) === reference,
  );
}

/**
 * Takes one picture off a product through an ordinary product update. An uploaded object stays in the
 * bucket: orders and caches may still show it, and a bucket lifecycle rule is the place to expire it.
 */
@Injectable()
export class RemoveProductImageUseCase {
  constructor(private readonly updateProduct: UpdateProductUseCase) {}

  async execute(id: string, reference: string, correlationId: string): Promise<ProductWithCategories> {
    const productId = parseProductId(id);
    annotateSpan({ [ShopAttributes.ProductId]: productId });
    // Found again in the images as they are when stored: another change may have moved it meanwhile.
    return this.updateProduct.execute(
      productId,
      (current) => {
        const position = imagePosition(current.images, reference);
        if (position === -1) throw new ImageNotFoundError(reference);
        return { images: current.images.filter((_image, index) => index !== position) };
      },
      correlationId,
    );
  }
}
