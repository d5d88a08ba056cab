import { join } from 'node:path';
import { InboxEventEntity, OutboxEventEntity } from '@shop/event-bus';
import { serviceDataSourceOptions, type DataSourceOptionsFor } from '@shop/service-runtime';

/** The order service's TypeORM settings: every `*.entity.js` under src, the outbox's and inbox's entities, the migrations. */
export const orderDataSourceOptions: DataSourceOptionsFor = (databaseUrl, flavour) =>
  serviceDataSourceOptions(
    databaseUrl,
    {
      // The outbox's and inbox's entities live in @shop/event-bus, outside the file pattern.
      entities: [join(__dirname, '..', '**', '*.entity.js'), OutboxEventEntity, InboxEventEntity],
      migrations: [join(__dirname, 'migrations', '*.js')],
    },
    flavour,
  );
