import { OrderTotalTooLargeError } from './order.errors';

/** An exact price as the API and the events carry it: a decimal string with two places, and its currency. */
export interface Price {
  readonly amount: string;
  readonly currency: string;
}

// DECIMAL(12,2), the width of every price and total in the shop's contracts.
const AMOUNT = /^(0|[1-9]\d{0,9})(?:\.(\d{1,2}))?$/;
const MAX_MINOR_UNITS = 10n ** 12n - 1n;

/** "19.9" -> 1990n; undefined for anything that is not a non-negative DECIMAL(12,2). */
export function parseMinorUnits(amount: string): bigint | undefined {
  const match = AMOUNT.exec(amount);
  if (!match) return undefined;
  const [, whole = '0', fraction = ''] = match;
  return BigInt(whole) * 100n + BigInt(fraction.padEnd(2, '0'));
}

/** 1990n -> "19.90"; throws OrderTotalTooLargeError past DECIMAL(12,2). */
export function formatMinorUnits(minorUnits: bigint): string {
  if (minorUnits > MAX_MINOR_UNITS) throw new OrderTotalTooLargeError();
  const whole = minorUnits / 100n;
  const fraction = (minorUnits % 100n).toString().padStart(2, '0');
  return `${whole}.${fraction}`;
}
