import { InvalidPriceError } from './product.errors';

// DECIMAL(12,2): at most ten digits before the point and two after it.
const AMOUNT = /^(0|[1-9]\d{0,9})(?:\.(\d{1,2}))?$/;
const CURRENCY = /^[A-Z]{3}$/;

/** An exact amount of money: minor units as a bigint, so no float ever touches a price. */
export class Money {
  private constructor(
    readonly minorUnits: bigint,
    readonly currency: string,
  ) {}

  /** Parses a decimal string such as "19.99" (never a number) with an ISO 4217 currency code. */
  static of(amount: string, currency: string): Money {
    if (!CURRENCY.test(currency)) throw new InvalidPriceError(`"${currency}" is not an ISO 4217 currency code`);
    return new Money(parseMinorUnits(amount), currency);
  }

  /** The amount as the two-decimal string the API and the DECIMAL column use: "19.90". */
  get amount(): string {
    return formatMinorUnits(this.minorUnits);
  }

  equals(other: Money): boolean {
    return this.minorUnits === other.minorUnits && this.currency === other.currency;
  }
}

/** "19.9" -> 1990n; throws InvalidPriceError for anything that is not a non-negative DECIMAL(12,2). */
export function parseMinorUnits(amount: string): bigint {
  const match = AMOUNT.exec(amount);
  if (!match) throw new InvalidPriceError(`"${amount}" is not a decimal amount such as 19.99`);
  const [, whole = '0', fraction = ''] = match;
  return BigInt(whole) * 100n + BigInt(fraction.padEnd(2, '0'));
}

/** 1990n -> "19.90". */
export function formatMinorUnits(minorUnits: bigint): string {
  const whole = minorUnits / 100n;
  const fraction = (minorUnits % 100n).toString().padStart(2, '0');
  return `${whole}.${fraction}`;
}
