import './telemetry';
import { runService, serviceVersion } from '@shop/service-runtime';
import { join } from 'node:path';
import { AppModule } from './app.module';
import { catalogConfig } from './config/catalog-config';

runService({
  name: 'catalog',
  appModule: AppModule,
  config: catalogConfig(),
  globalPrefix: 'api/catalog',
  // The shop's sign-in lives here (docs/decisions/0005-shop-accounts-in-catalog.md).
  excludeFromPrefix: ['api/auth/{*rest}'],
  title: 'Catalog API',
  description: 'Products and the category tree: the storefront reads, operators manage.',
  version: serviceVersion(join(__dirname, '..')),
  consumer: { queues: [{ queue: 'catalog-inventory-events' }] },
});
