import { formatMinorUnits, Money, parseMinorUnits } from './money';
import { InvalidPriceError } from './product.errors';

describe(Money.name, () => {
  it.each([
    ['0', 0n],
    ['19.99', 1999n],
    ['19.9', 1990n],
    ['7', 700n],
    ['9999999999.99', 999999999999n],
  ])('reads %s as %s minor units', (amount, minorUnits) => {
    expect(parseMinorUnits(amount)).toBe(minorUnits);
  });

  it.each(['-1.00', '1.999', '01.00', '1e3', '', ' 1.00', '10000000000.00', '1.', '.5', '1,50'])(
    'refuses %j',
    (amount) => {
      expect(() => parseMinorUnits(amount)).toThrow(InvalidPriceError);
    },
  );

  it('writes two decimals', () => {
    expect(formatMinorUnits(1990n)).toBe('19.90');
    expect(formatMinorUnits(5n)).toBe('0.05');
    expect(Money.of('19.9', 'EUR').amount).toBe('19.90');
  });

  it('keeps amounts that a float would round', () => {
    expect(Money.of('9999999999.99', 'EUR').amount).toBe('9999999999.99');
    expect(Money.of('0.10', 'EUR').minorUnits + Money.of('0.20', 'EUR').minorUnits).toBe(30n);
  });

  it.each(['eur', 'EURO', 'E1R', ''])('refuses the currency %j', (currency) => {
    expect(() => Money.of('1.00', currency)).toThrow(InvalidPriceError);
  });

  it('compares amount and currency', () => {
    expect(Money.of('1.5', 'EUR').equals(Money.of('1.50', 'EUR'))).toBe(true);
    expect(Money.of('1.50', 'EUR').equals(Money.of('1.50', 'USD'))).toBe(false);
  });
});
