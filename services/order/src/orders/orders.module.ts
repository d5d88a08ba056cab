import { Module } from '@nestjs/common';
import { orderConfig } from '../config/order-config';
import { Clock, SystemClock } from '@shop/service-runtime';
import { AdminOrdersController } from './admin-orders.controller';
import { CancelOrderUseCase } from './application/cancel-order.use-case';
import { CartReader } from './application/cart-reader';
import { ConfirmOrderUseCase } from './application/confirm-order.use-case';
import { ExpirePendingOrdersUseCase } from './application/expire-pending-orders.use-case';
import { GetOrderQuery } from './application/get-order.query';
import { ListOrdersQuery } from './application/list-orders.query';
import { OrderEvents } from './application/order-events';
import { OrderSettings } from './application/order-settings';
import { OrderTelemetry } from './application/order-telemetry';
import { PlaceOrderUseCase } from './application/place-order.use-case';
import { RejectOrderUseCase } from './application/reject-order.use-case';
import { OwnerResolver } from './application/owner.resolver';
import { OrderRepository } from './domain/order.repository';
import { CartServiceLocation, HttpCartReader } from './infrastructure/http-cart-reader';
import { PendingOrderSweeper } from './infrastructure/pending-order-sweeper';
import { TypeOrmOrderRepository } from './infrastructure/typeorm-order.repository';
import { InventoryEventsConsumer } from './inventory-events.consumer';
import { OwnerGuard } from './owner.guard';
import { StorefrontOrdersController } from './storefront-orders.controller';

@Module({
  // The admin routes first: their paths are more specific than the storefront's `:orderId`.
  controllers: [AdminOrdersController, StorefrontOrdersController, InventoryEventsConsumer],
  providers: [
    { provide: OrderRepository, useClass: TypeOrmOrderRepository },
    { provide: CartReader, useClass: HttpCartReader },
    { provide: CartServiceLocation, useFactory: () => new CartServiceLocation(orderConfig().CART_URL) },
    { provide: Clock, useClass: SystemClock },
    {
      provide: OrderSettings,
      useFactory: () => {
        const config = orderConfig();
        return new OrderSettings(config.ORDER_PENDING_TIMEOUT_SECONDS, config.ORDER_SWEEP_INTERVAL_SECONDS);
      },
    },
    OrderEvents,
    OrderTelemetry,
    OwnerResolver,
    OwnerGuard,
    PlaceOrderUseCase,
    ConfirmOrderUseCase,
    RejectOrderUseCase,
    CancelOrderUseCase,
    ExpirePendingOrdersUseCase,
    GetOrderQuery,
    ListOrdersQuery,
    PendingOrderSweeper,
  ],
})
export class OrdersModule {}
