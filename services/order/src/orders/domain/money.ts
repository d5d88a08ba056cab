import { formatDecimalAmount } from '@shop/contracts';
import { OrderTotalTooLargeError } from './order.errors';

/** An exact price as the API and the events carry it: a decimal string with two places, and its currency. */
export interface Price {
  readonly amount: string;
  readonly currency: string;
}

// DECIMAL(12,2), the width of every price and total in the shop's contracts.
const MAX_MINOR_UNITS = 10n ** 12n - 1n;

/** 1990n -> "19.90"; throws OrderTotalTooLargeError past DECIMAL(12,2). */
export function formatMinorUnits(minorUnits: bigint): string {
  if (minorUnits > MAX_MINOR_UNITS) throw new OrderTotalTooLargeError();
  return formatDecimalAmount(minorUnits);
}
