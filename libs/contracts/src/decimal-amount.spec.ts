import { formatDecimalAmount, parseDecimalAmount } from './decimal-amount';

describe('decimal amounts', () => {
  it.each([
    ['0', 0n],
    ['19.99', 1999n],
    ['19.9', 1990n],
    ['7', 700n],
    ['9999999999.99', 999999999999n],
  ])('reads %s as %s minor units', (amount, minorUnits) => {
    expect(parseDecimalAmount(amount)).toBe(minorUnits);
  });

  it.each(['-1.00', '1.999', '01.00', '1e3', '', ' 1.00', '10000000000.00', '1.', '.5', '1,50', '0.1.2'])(
    'refuses %j',
    (amount) => {
      expect(parseDecimalAmount(amount)).toBeUndefined();
    },
  );

  it('writes two decimals, beyond what a float holds exactly', () => {
    expect(formatDecimalAmount(1990n)).toBe('19.90');
    expect(formatDecimalAmount(5n)).toBe('0.05');
    expect(formatDecimalAmount(0n)).toBe('0.00');
    expect(formatDecimalAmount(9999999999999n)).toBe('99999999999.99');
  });
});
