import { requestFingerprint } from './request-fingerprint';

describe(requestFingerprint.name, () => {
  const request = {
    email: 'ada@example.com',
    shippingAddress: { fullName: 'Ada', line1: '1 Road', city: 'London', postalCode: 'N1', country: 'GB' },
  };

  it('is a sha256 hex digest', () => {
    expect(requestFingerprint(request)).toMatch(/^[0-9a-f]{64}$/);
  });

  it('is the same for the same request with its keys in another order or undefined members', () => {
    const reordered = {
      shippingAddress: {
        country: 'GB',
        postalCode: 'N1',
        city: 'London',
        line1: '1 Road',
        fullName: 'Ada',
        line2: undefined,
      },
      email: 'ada@example.com',
    };
    expect(requestFingerprint(reordered)).toBe(requestFingerprint(request));
  });

  it.each([
    ['another email', { ...request, email: 'eve@example.com' }],
    ['no email', { shippingAddress: request.shippingAddress }],
    ['another address line', { ...request, shippingAddress: { ...request.shippingAddress, line2: 'Flat 3' } }],
    ['another city', { ...request, shippingAddress: { ...request.shippingAddress, city: 'Londo' } }],
  ])('differs for %s', (_case, other) => {
    expect(requestFingerprint(other)).not.toBe(requestFingerprint(request));
  });

  it('does not confuse a value moved between fields', () => {
    expect(requestFingerprint({ a: 'x', b: '' })).not.toBe(requestFingerprint({ a: '', b: 'x' }));
  });
});
