import './telemetry';
import { runService, serviceVersion } from '@shop/service-runtime';
import { join } from 'node:path';
import { AppModule } from './app.module';
import { inventoryConfig } from './config/inventory-config';

const config = inventoryConfig();

runService({
  name: 'inventory',
  appModule: AppModule,
  config,
  globalPrefix: 'api/inventory',
  title: 'Inventory API',
  description: 'Stock per SKU, its ledger and the reservations of orders: the storefront reads, operators manage.',
  version: serviceVersion(join(__dirname, '..')),
  consumer: {
    queues: [
      { queue: 'inventory-catalog-events', concurrency: config.CONSUMER_CONCURRENCY },
      { queue: 'inventory-order-events', concurrency: config.CONSUMER_CONCURRENCY },
    ],
  },
});
