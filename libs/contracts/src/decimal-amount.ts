// DECIMAL(12,2), the width of every price and total in the shop: at most ten digits before the point and
// two after it.
const AMOUNT = /^(0|[1-9]\d{0,9})(?:\.(\d{1,2}))?$/;

/** "19.9" -> 1990n minor units; undefined for anything that is not a non-negative DECIMAL(12,2). */
export function parseDecimalAmount(amount: string): bigint | undefined {
  const match = AMOUNT.exec(amount);
  if (!match) return undefined;
  const [, whole = '0', fraction = ''] = match;
  return BigInt(whole) * 100n + BigInt(fraction.padEnd(2, '0'));
}

/** 1990n minor units -> "19.90", the two-decimal string the APIs, the events and the DECIMAL columns carry. */
export function formatDecimalAmount(minorUnits: bigint): string {
  const whole = minorUnits / 100n;
  const fraction = (minorUnits % 100n).toString().padStart(2, '0');
  return `${whole}.${fraction}`;
}
