import { join } from 'node:path';
import {
  runServiceScript,
  serviceEnv,
  startServiceOnFreshDatabase,
  type ServiceOnFreshDatabase,
  type ServiceScript,
} from '@shop/testing';

/** services/catalog, where the built service and its scripts live. */
export const CATALOG_DIR = join(__dirname, '..', '..');

/** Runs a built CLI of the catalog (migrate, seed, check-drift) and fails with its output if it fails. */
export function runCatalogScript(name: ServiceScript, databaseUrl: string, args: string[] = []): Promise<string> {
  return runServiceScript(CATALOG_DIR, name, serviceEnv(databaseUrl), args);
}

export type CatalogUnderTest = ServiceOnFreshDatabase;

/** A fresh database, migrated (and seeded if asked), and the built catalog serving it. */
export function startCatalog(
  prefix: string,
  options: { seed?: boolean; env?: Record<string, string> } = {},
): Promise<CatalogUnderTest> {
  return startServiceOnFreshDatabase({
    name: 'catalog',
    dir: CATALOG_DIR,
    readyPath: '/api/catalog/health/ready',
    databasePrefix: prefix,
    ...options,
  });
}
