import { Money, parseMinorUnits } from './money';
import { InvalidPriceError } from './product.errors';

describe(Money.name, () => {
  it('reads a price as minor units', () => {
    expect(parseMinorUnits('19.9')).toBe(1990n);
  });

  it.each(['-1.00', '1.999', '10000000000.00', '1,50'])('refuses the price %j', (amount) => {
    expect(() => parseMinorUnits(amount)).toThrow(InvalidPriceError);
  });

  it('writes two decimals', () => {
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
