import { formatDecimalAmount, parseDecimalAmount } from '@shop/contracts';
import { InvalidMoneyError } from './cart.errors';

const CURRENCY = /^[A-Z]{3}$/;

/** An exact amount of money in minor units (a bigint), so no float ever touches a price or a total. */
export class Money {
  private constructor(
    readonly minorUnits: bigint,
    readonly currency: string,
  ) {}

  /** Parses a decimal string such as "19.99" (never a number) with an ISO 4217 currency code. */
  static of(amount: string, currency: string): Money {
    if (!CURRENCY.test(currency)) throw new InvalidMoneyError(`"${currency}" is not an ISO 4217 currency code`);
    const minorUnits = parseDecimalAmount(amount);
    if (minorUnits === undefined) throw new InvalidMoneyError(`"${amount}" is not a decimal amount such as 19.99`);
    return new Money(minorUnits, currency);
  }

  static zero(currency: string): Money {
    return Money.of('0', currency);
  }

  /** The amount as a two-decimal string, as the API and the DECIMAL column carry it: "19.90". */
  get amount(): string {
    return formatDecimalAmount(this.minorUnits);
  }

  times(factor: number): Money {
    if (!Number.isSafeInteger(factor) || factor < 0) throw new InvalidMoneyError(`cannot multiply by ${factor}`);
    return new Money(this.minorUnits * BigInt(factor), this.currency);
  }

  plus(other: Money): Money {
    if (other.currency !== this.currency) {
      throw new InvalidMoneyError(`cannot add ${other.currency} to ${this.currency}`);
    }
    return new Money(this.minorUnits + other.minorUnits, this.currency);
  }

  equals(other: Money): boolean {
    return this.minorUnits === other.minorUnits && this.currency === other.currency;
  }
}
