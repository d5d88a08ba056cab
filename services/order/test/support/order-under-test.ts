import { randomBytes, randomUUID } from 'node:crypto';
import { join } from 'node:path';
import {
  runServiceScript,
  serviceEnv,
  startService,
  startServiceOnFreshDatabase,
  tokenFor,
  UNREACHABLE_URL,
  type RunningService,
  type ServiceOnFreshDatabase,
} from '@shop/testing';

/** services/order, where the built service and its scripts live. */
export const ORDER_DIR = join(__dirname, '..', '..');

const READY_PATH = '/api/orders/health/ready';

/** Settings every order process of a test run gets: the shop's test settings and where the cart is. */
export function orderEnv(
  databaseUrl: string,
  cartUrl: string,
  extra: Record<string, string> = {},
): Record<string, string> {
  return serviceEnv(databaseUrl, { CART_URL: cartUrl, ...extra });
}

/** Runs a built CLI of the order service and fails with its output if it fails. */
export function runOrderScript(name: 'migrate' | 'check-drift', databaseUrl: string): Promise<string> {
  return runServiceScript(ORDER_DIR, name, orderEnv(databaseUrl, UNREACHABLE_URL));
}

/** Starts the built order service on a free port against an existing, migrated database. */
export function startOrderProcess(env: Record<string, string>): Promise<RunningService> {
  return startService({ name: 'order', cwd: ORDER_DIR, script: 'dist/main.js', env, readyPath: READY_PATH });
}

export type OrderUnderTest = ServiceOnFreshDatabase;

/** A fresh database, migrated, and the built order service serving it. */
export function startOrder(prefix: string, cartUrl: string, env: Record<string, string> = {}): Promise<OrderUnderTest> {
  return startServiceOnFreshDatabase({
    name: 'order',
    dir: ORDER_DIR,
    readyPath: READY_PATH,
    databasePrefix: prefix,
    env: { CART_URL: cartUrl, ...env },
  });
}

/** A signed-in customer: account id, email and `Authorization` header value. */
export interface TestCustomer {
  id: string;
  email: string;
  authorization: string;
}

export async function newCustomer(): Promise<TestCustomer> {
  const id = randomUUID();
  const email = `customer-${id.slice(0, 8)}@example.com`;
  return { id, email, authorization: `Bearer ${await tokenFor(['customer'], { subject: id, email })}` };
}

/** A cart token as the cart service issues them: 32 random bytes, base64url. */
export function newCartToken(): string {
  return randomBytes(32).toString('base64url');
}

export const address = {
  fullName: 'Ada Lovelace',
  line1: '12 St James Square',
  city: 'London',
  postalCode: 'SW1Y 4JH',
  country: 'GB',
};

let sequence = 0;

/** A fresh Idempotency-Key per call. */
export function newKey(): string {
  sequence += 1;
  return `e2e-${Date.now().toString(36)}-${sequence}`;
}
