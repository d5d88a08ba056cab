import { join } from 'node:path';
import { OutboxEventEntity } from '@shop/event-bus';
import type { DataSourceOptions } from 'typeorm';

// Found by file name, so a feature module (the sign-in's operator accounts, say) adds its entities and
// migrations by adding files: the app, the migrate step and the drift check all see the same set.
const entityFiles = join(__dirname, '..', '**', '*.entity.js');
const migrationFiles = join(__dirname, 'migrations', '*.js');

export interface DatabaseLocation {
  type: 'mysql' | 'mariadb';
  host: string;
  port: number;
  username: string;
  password: string;
  database: string;
}

/** Splits a mysql:// or mariadb:// URL; the scheme picks TypeORM's driver flavour. */
export function databaseLocation(databaseUrl: string): DatabaseLocation {
  const url = new URL(databaseUrl);
  const database = decodeURIComponent(url.pathname.replace(/^\//, ''));
  if (database === '') throw new Error('DATABASE_URL names no database');
  return {
    type: url.protocol === 'mariadb:' ? 'mariadb' : 'mysql',
    host: url.hostname,
    port: url.port === '' ? 3306 : Number(url.port),
    username: decodeURIComponent(url.username),
    password: decodeURIComponent(url.password),
    database,
  };
}

/**
 * The catalog's TypeORM settings: migrations only (never synchronize), UTC, exact decimals. The URL
 * scheme picks the driver flavour unless `flavour` overrides it.
 */
export function catalogDataSourceOptions(databaseUrl: string, flavour?: DatabaseLocation['type']): DataSourceOptions {
  const location = databaseLocation(databaseUrl);
  return {
    ...location,
    type: flavour ?? location.type,
    // The outbox's entity lives in @shop/event-bus, outside the file pattern.
    entities: [entityFiles, OutboxEventEntity],
    migrations: [migrationFiles],
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
