import { InvalidSkuError } from './stock.errors';

/** The catalog's SKU rule: letters and digits, then also `.`, `_` or `-`, up to 64 characters. */
export const SKU_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;

export function assertSku(value: string): string {
  if (!SKU_PATTERN.test(value)) throw new InvalidSkuError(value);
  return value;
}
