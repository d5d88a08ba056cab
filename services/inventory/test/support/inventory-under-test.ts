import { join } from 'node:path';
import {
  runServiceScript,
  serviceEnv,
  startServiceOnFreshDatabase,
  type ServiceOnFreshDatabase,
  type ServiceScript,
} from '@shop/testing';

/** services/inventory, where the built service and its scripts live. */
const INVENTORY_DIR = join(__dirname, '..', '..');

/** Runs a built CLI of inventory (migrate, seed, check-drift) and fails with its output if it fails. */
export function runInventoryScript(name: ServiceScript, databaseUrl: string): Promise<string> {
  return runServiceScript(INVENTORY_DIR, name, serviceEnv(databaseUrl));
}

export type InventoryUnderTest = ServiceOnFreshDatabase;

/** A fresh database, migrated and seeded, and the built inventory serving it. */
export function startInventory(prefix: string, env: Record<string, string> = {}): Promise<InventoryUnderTest> {
  return startServiceOnFreshDatabase({
    name: 'inventory',
    dir: INVENTORY_DIR,
    readyPath: '/api/inventory/health/ready',
    databasePrefix: prefix,
    env,
    seed: true,
  });
}
