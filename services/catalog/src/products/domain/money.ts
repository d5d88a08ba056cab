import { formatDecimalAmount, parseDecimalAmount } from '@shop/contracts';
import { InvalidPriceError } from './product.errors';

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
    return formatDecimalAmount(this.minorUnits);
  }

  equals(other: Money): boolean {
    return this.minorUnits === other.minorUnits && this.currency === other.currency;
  }
}

/** "19.9" -> 1990n; throws InvalidPriceError for anything that is not a non-negative DECIMAL(12,2). */
export function parseMinorUnits(amount: string): bigint {
  const minorUnits = parseDecimalAmount(amount);
  if (minorUnits === undefined) throw new InvalidPriceError(`"${amount}" is not a decimal amount such as 19.99`);
  return minorUnits;
}
