import { Injectable } from '@nestjs/common';
import { annotateSpan, ShopAttributes } from '@shop/observability';
import { ProductRepository } from '../../products/domain/product.repository';
import { ProductNotFoundError } from '../../products/domain/product.errors';
import { entityTagOf, parseImageName, renderPlaceholderImage } from '../domain/placeholder-image';
import { ImageNotFoundError } from '../domain/image.errors';

export interface RenderedImage {
  svg: string;
  entityTag: string;
}

/** The placeholder picture of a product, named `{slug}-{n}`; one SQL statement for the name. */
@Injectable()
export class RenderProductImageQuery {
  constructor(private readonly products: ProductRepository) {}

  async execute(imageName: string): Promise<RenderedImage> {
    const parsed = parseImageName(imageName);
    if (parsed === undefined) throw new ImageNotFoundError(imageName);
    annotateSpan({ [ShopAttributes.ProductSlug]: parsed.slug });
    const name = await this.products.findNameBySlug(parsed.slug);
    if (name === null) throw new ProductNotFoundError(parsed.slug);
    const svg = renderPlaceholderImage(imageName, name);
    return { svg, entityTag: entityTagOf(svg) };
  }
}
