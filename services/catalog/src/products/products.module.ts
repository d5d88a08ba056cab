import { Module } from '@nestjs/common';
import { CategoriesModule } from '../categories/categories.module';
import { catalogConfig } from '../config/catalog-config';
import { Clock, SystemClock } from '@shop/service-runtime';
import { AdminProductsController } from './admin-products.controller';
import { ArchiveProductUseCase } from './application/archive-product.use-case';
import { ChangeProductsStatusUseCase } from './application/change-products-status.use-case';
import { CreateProductUseCase } from './application/create-product.use-case';
import { GetProductQuery } from './application/get-product.query';
import { ListProductsQuery } from './application/list-products.query';
import { ListTotalCache } from './application/list-total-cache';
import { ProductEvents } from './application/product-events';
import { UpdateProductUseCase } from './application/update-product.use-case';
import { ProductRepository } from './domain/product.repository';
import { TypeOrmProductRepository } from './infrastructure/typeorm-product.repository';
import { StorefrontProductsController } from './storefront-products.controller';

@Module({
  imports: [CategoriesModule],
  controllers: [StorefrontProductsController, AdminProductsController],
  providers: [
    { provide: ProductRepository, useClass: TypeOrmProductRepository },
    { provide: Clock, useClass: SystemClock },
    { provide: ListTotalCache, useFactory: () => new ListTotalCache(catalogConfig().LIST_TOTAL_CACHE_SECONDS * 1000) },
    ProductEvents,
    ListProductsQuery,
    GetProductQuery,
    CreateProductUseCase,
    UpdateProductUseCase,
    ArchiveProductUseCase,
    ChangeProductsStatusUseCase,
  ],
  exports: [ProductRepository, UpdateProductUseCase],
})
export class ProductsModule {}
