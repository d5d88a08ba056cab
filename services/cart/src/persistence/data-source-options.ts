import { join } from 'node:path';
import { InboxEventEntity } from '@shop/event-bus';
import { serviceDataSourceOptions, type DataSourceOptionsFor } from '@shop/service-runtime';

/** The cart's schema: its entity files, the event-bus inbox, and its migrations. */
export const cartDataSourceOptions: DataSourceOptionsFor = (databaseUrl, flavour) =>
  serviceDataSourceOptions(
    databaseUrl,
    {
      entities: [join(__dirname, '..', '**', '*.entity.js'), InboxEventEntity],
      migrations: [join(__dirname, 'migrations', '*.js')],
    },
    flavour,
  );
