import { QueryFailedError } from 'typeorm';

interface MysqlDriverError {
  code?: unknown;
  sqlMessage?: unknown;
}

/** The unique index a failed INSERT/UPDATE collided with, or undefined for any other failure. */
export function duplicateKeyOf(error: unknown): string | undefined {
  if (!(error instanceof QueryFailedError)) return undefined;
  const driverError = error.driverError as MysqlDriverError;
  if (driverError.code !== 'ER_DUP_ENTRY' || typeof driverError.sqlMessage !== 'string') return undefined;
  // "Duplicate entry 'x' for key 'UQ_products_sku'" (MySQL 8 writes 'products.UQ_products_sku').
  return /for key '(?:[^'.]+\.)?([^']+)'$/.exec(driverError.sqlMessage)?.[1];
}
