import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { UpdateProductUseCase } from './update-product.use-case';
import type { ProductWithCategories } from '../domain/product-views';

/** Withdraws a product from the storefront, keeping it for history; archiving twice changes nothing. */
@Injectable()
export class ArchiveProductUseCase {
  constructor(private readonly updateProduct: UpdateProductUseCase) {}

  /** `correlationId`: the request's id, carried by the events this change publishes. */
  async execute(id: string, correlationId: string = randomUUID()): Promise<ProductWithCategories> {
    return this.updateProduct.execute(id, { status: 'archived' }, correlationId);
  }
}
