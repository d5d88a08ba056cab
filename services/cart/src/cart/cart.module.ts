import { Module } from '@nestjs/common';
import { cartConfig } from '../config/cart-config';
import { Clock, SystemClock } from '@shop/service-runtime';
import { AddItemUseCase } from './application/add-item.use-case';
import { CartOwnerResolver } from './application/cart-owner.resolver';
import { CartSettings } from './application/cart-settings';
import { CartMetrics } from './application/cart-telemetry';
import { ChangeItemQuantityUseCase } from './application/change-item-quantity.use-case';
import { CreateGuestCartUseCase } from './application/create-guest-cart.use-case';
import { EmptyCartUseCase } from './application/empty-cart.use-case';
import { GetCartQuery } from './application/get-cart.query';
import { MergeCartsUseCase } from './application/merge-carts.use-case';
import { ProductCatalog } from './application/product-catalog';
import { PurgeExpiredCartsUseCase } from './application/purge-expired-carts.use-case';
import { RemoveItemUseCase } from './application/remove-item.use-case';
import { CartController } from './cart.controller';
import { CartOwnerGuard } from './cart-owner.guard';
import { CartRepository } from './domain/cart.repository';
import { OrderConfirmedHandler } from './events/order-confirmed.handler';
import { CatalogClientSettings, CatalogHttpClient } from './infrastructure/catalog-http.client';
import { ExpiredCartsSweeper, SweeperSettings } from './infrastructure/expired-carts.sweeper';
import { TypeOrmCartRepository } from './infrastructure/typeorm-cart.repository';

const HOUR_MS = 3_600_000;

@Module({
  controllers: [CartController, OrderConfirmedHandler],
  providers: [
    { provide: CartRepository, useClass: TypeOrmCartRepository },
    { provide: ProductCatalog, useClass: CatalogHttpClient },
    { provide: Clock, useClass: SystemClock },
    {
      provide: CartSettings,
      useFactory: (): CartSettings => ({ ttlMs: cartConfig().CART_TTL_HOURS * HOUR_MS }),
    },
    {
      provide: CatalogClientSettings,
      useFactory: (): CatalogClientSettings => ({
        baseUrl: cartConfig().CATALOG_URL,
        timeoutMs: cartConfig().CATALOG_TIMEOUT_MS,
      }),
    },
    {
      provide: SweeperSettings,
      useFactory: (): SweeperSettings => ({ intervalMs: cartConfig().CART_SWEEP_INTERVAL_SECONDS * 1000 }),
    },
    CartMetrics,
    CartOwnerResolver,
    CartOwnerGuard,
    CreateGuestCartUseCase,
    GetCartQuery,
    AddItemUseCase,
    ChangeItemQuantityUseCase,
    RemoveItemUseCase,
    MergeCartsUseCase,
    EmptyCartUseCase,
    PurgeExpiredCartsUseCase,
    ExpiredCartsSweeper,
  ],
})
export class CartModule {}
