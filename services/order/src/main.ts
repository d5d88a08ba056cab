import './telemetry';
import { runService, serviceVersion } from '@shop/service-runtime';
import { join } from 'node:path';
import { AppModule } from './app.module';
import { orderConfig } from './config/order-config';

runService({
  name: 'order',
  appModule: AppModule,
  config: orderConfig(),
  globalPrefix: 'api/orders',
  title: 'Order API',
  description:
    'Checkout (idempotent), order history and cancellation for customers and guests; the order list for operators.',
  version: serviceVersion(join(__dirname, '..')),
  consumer: { queues: [{ queue: 'order-inventory-events' }] },
});
