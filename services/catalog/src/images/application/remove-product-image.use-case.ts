import { Injectable } from '@nestjs/common';
import { annotateSpan, ShopAttributes } from '@shop/observability';
import { UpdateProductUseCase } from '../../products/application/update-product.use-case';
import { PRODUCT_STATUSES, type ProductImage } from '../../products/domain/product';
import { parseProductId } from '../../products/domain/product-reference';
import type { ProductWithCategories } from '../../products/domain/product-views';
import { ProductRepository } from '../../products/domain/product.repository';
import { ProductNotFoundError } from '../../products/domain/product.errors';
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
  constructor(
    private readonly products: ProductRepository,
    private readonly updateProduct: UpdateProductUseCase,
  ) {}

  async execute(id: string, reference: string, correlationId: string): Promise<ProductWithCategories> {
    const productId = parseProductId(id);
    annotateSpan({ [ShopAttributes.ProductId]: productId });
    const product = await this.products.findByReference({ kind: 'id', id: productId }, PRODUCT_STATUSES);
    if (product === null) throw new ProductNotFoundError(id);
    const position = imagePosition(product.images, reference);
    if (position === -1) throw new ImageNotFoundError(reference);
    const images = product.images.filter((_image, index) => index !== position);
    return this.updateProduct.execute(productId, { images }, correlationId);
  }
}
