import { cartTokenHash, isCartToken, newCartToken } from './cart-token';

describe('cart tokens', () => {
  it('are 43 base64url characters, different every time', () => {
    const tokens = new Set(Array.from({ length: 100 }, () => newCartToken()));
    expect(tokens.size).toBe(100);
    for (const token of tokens) expect(isCartToken(token)).toBe(true);
  });

  it.each(['', 'short', `${'a'.repeat(42)}=`, `${'a'.repeat(42)}+`, 'a'.repeat(44)])('refuses "%s"', (value) => {
    expect(isCartToken(value)).toBe(false);
  });

  it('are stored as their sha256 in hex', () => {
    expect(cartTokenHash('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });
});
