import { forwardedHeaders } from './forwarded-headers';

describe(forwardedHeaders.name, () => {
  const connection = { remoteAddress: '192.0.2.10', protocol: 'http', localPort: 8080 };

  it('starts the X-Forwarded-For chain with the client address', () => {
    expect(forwardedHeaders(undefined, connection)).toEqual({
      'x-forwarded-for': '192.0.2.10',
      'x-forwarded-proto': 'http',
      'x-forwarded-port': '8080',
    });
  });

  it('appends the client address to an incoming chain', () => {
    expect(forwardedHeaders('203.0.113.7, 198.51.100.2', connection)['x-forwarded-for']).toBe(
      '203.0.113.7, 198.51.100.2, 192.0.2.10',
    );
  });

  it('writes an IPv4 peer of a dual-stack socket as plain IPv4, and keeps real IPv6', () => {
    expect(forwardedHeaders(undefined, { ...connection, remoteAddress: '::ffff:127.0.0.1' })['x-forwarded-for']).toBe(
      '127.0.0.1',
    );
    expect(forwardedHeaders(undefined, { ...connection, remoteAddress: '::1' })['x-forwarded-for']).toBe('::1');
  });
});
