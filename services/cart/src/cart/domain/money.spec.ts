import { InvalidMoneyError } from './cart.errors';
import { Money } from './money';

describe(Money.name, () => {
  it.each([
    ['19.99', '19.99'],
    ['19.9', '19.90'],
    ['7', '7.00'],
    ['0', '0.00'],
    ['9999999999.99', '9999999999.99'],
  ])('reads %s as %s', (amount, formatted) => {
    expect(Money.of(amount, 'EUR').amount).toBe(formatted);
  });

  it.each(['-1', '1.999', '01', '1e3', ' 1', '', '0.1.2', '12345678901'])('refuses the amount "%s"', (amount) => {
    expect(() => Money.of(amount, 'EUR')).toThrow(InvalidMoneyError);
  });

  it.each(['eur', 'EURO', ''])('refuses the currency "%s"', (currency) => {
    expect(() => Money.of('1.00', currency)).toThrow(InvalidMoneyError);
  });

  it('adds and multiplies exactly where floats would not (0.1 + 0.2, 3 x 0.1)', () => {
    expect(Money.of('0.1', 'EUR').plus(Money.of('0.2', 'EUR')).amount).toBe('0.30');
    expect(Money.of('0.10', 'EUR').times(3).amount).toBe('0.30');
    expect(Money.of('19.99', 'EUR').times(10).amount).toBe('199.90');
    // Beyond 2^53 minor units a float would round; bigints do not.
    expect(Money.of('9999999999.99', 'EUR').times(10).amount).toBe('99999999999.90');
  });

  it('never adds two currencies', () => {
    expect(() => Money.of('1', 'EUR').plus(Money.of('1', 'USD'))).toThrow(InvalidMoneyError);
  });

  it('multiplies by whole non-negative numbers only', () => {
    expect(() => Money.of('1', 'EUR').times(1.5)).toThrow(InvalidMoneyError);
    expect(() => Money.of('1', 'EUR').times(-1)).toThrow(InvalidMoneyError);
  });
});
