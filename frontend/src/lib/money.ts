import type { Money } from './types';

/**
 * Formats an exact decimal amount for people. Intl.NumberFormat formats a decimal string without
 * turning it into a float first, so "0.30" stays 0.30 whatever the amount.
 */
export function formatMoney(money: Money, locale = 'en-GB'): string {
  return new Intl.NumberFormat(locale, { style: 'currency', currency: money.currency }).format(
    money.amount as Intl.StringNumericLiteral,
  );
}
