import './telemetry';
import { join } from 'node:path';
import { runService, serviceVersion } from '@shop/service-runtime';
import { AppModule } from './app.module';
import { cartConfig } from './config/cart-config';

runService({
  name: 'cart',
  appModule: AppModule,
  config: cartConfig(),
  globalPrefix: 'api/cart',
  title: 'Cart API',
  description:
    'Shopping carts: a guest’s by the opaque X-Cart-Token POST /api/cart issues, a customer’s by the bearer ' +
    'token; names, SKUs and prices from the catalog; emptied when an order placed from them is confirmed.',
  version: serviceVersion(join(__dirname, '..')),
  consumer: { queues: [{ queue: 'cart-order-events' }] },
});
