import { Injectable } from '@nestjs/common';
import { UpdateProductUseCase } from './update-product.use-case';
import type { ProductWithCategories } from '../domain/product-views';

/** Withdraws a product from the storefront, keeping it for history; archiving twice changes nothing. */
@Injectable()
export class ArchiveProductUseCase {
  constructor(private readonly updateProduct: UpdateProductUseCase) {}

  async execute(id: string): Promise<ProductWithCategories> {
    return this.updateProduct.execute(id, { status: 'archived' });
  }
}
