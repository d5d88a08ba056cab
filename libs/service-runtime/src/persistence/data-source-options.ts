import type { DataSourceOptions } from 'typeorm';
import { databaseLocation, type DatabaseLocation } from './database-location';

/** What a service's schema is made of. */
export interface ServiceSchema {
  /**
   * Entity classes and glob patterns of compiled entity files. A pattern lets a feature module add
   * entities by adding files: the app, the migrate step and the drift check all see the same set.
   */
  readonly entities: NonNullable<DataSourceOptions['entities']>;
  /** Glob patterns of the compiled migrations. */
  readonly migrations: readonly string[];
}

/** Data source options for a DATABASE_URL, optionally in another driver flavour (the drift check's). */
export type DataSourceOptionsFor = (databaseUrl: string, flavour?: DatabaseLocation['type']) => DataSourceOptions;

/**
 * A service's TypeORM settings: migrations only (never synchronize), UTC, exact decimals as strings. The
 * URL scheme picks the driver flavour unless `flavour` overrides it.
 */
export function serviceDataSourceOptions(
  databaseUrl: string,
  schema: ServiceSchema,
  flavour?: DatabaseLocation['type'],
): DataSourceOptions {
  const location = databaseLocation(databaseUrl);
  return {
    ...location,
    type: flavour ?? location.type,
    entities: schema.entities,
    migrations: [...schema.migrations],
    migrationsTableName: 'migrations',
    synchronize: false,
    migrationsRun: false,
    timezone: 'Z',
    charset: 'utf8mb4_unicode_ci',
    supportBigNumbers: true,
    bigNumberStrings: true,
    extra: { connectionLimit: 20 },
  };
}
