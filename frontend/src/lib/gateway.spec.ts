/** @jest-environment node */
import { gateway } from './gateway';

jest.mock('server-only', () => ({}));
const incoming = new Headers();
jest.mock('next/headers', () => ({ headers: () => Promise.resolve(incoming) }));

describe('gateway', () => {
  const fetchMock = jest.fn<Promise<Response>, [string, RequestInit]>();

  beforeEach(() => {
    fetchMock.mockReset().mockResolvedValue(new Response('{"ok":true}', { status: 200 }));
    global.fetch = fetchMock as unknown as typeof fetch;
    for (const name of [...incoming.keys()]) incoming.delete(name);
  });

  it('hands on the browser’s trace context and client address chain, with the credentials as headers', async () => {
    incoming.set('traceparent', '00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01');
    incoming.set('x-forwarded-for', '203.0.113.7');
    incoming.set('cookie', 'shop_session=secret');

    await expect(gateway('/api/cart', { credentials: { bearer: 'token-1' } })).resolves.toEqual({ ok: true });

    const [url, init] = fetchMock.mock.calls[0] ?? [];
    expect(url).toBe('http://127.0.0.1:8080/api/cart');
    expect(init?.headers).toMatchObject({
      traceparent: '00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01',
      'x-forwarded-for': '203.0.113.7',
      authorization: 'Bearer token-1',
    });
    // The browser's cookies stay here: the services get credentials only as headers made from them.
    expect(Object.keys(init?.headers ?? {})).not.toContain('cookie');
  });

  it('sends no forwarding headers the browser did not bring', async () => {
    await gateway('/api/catalog/products', { credentials: { cartToken: 'cart-1' } });

    const headers = fetchMock.mock.calls[0]?.[1].headers as Record<string, string>;
    expect(headers).toEqual({ accept: 'application/json', 'x-cart-token': 'cart-1' });
  });

  it('sends a FormData as multipart, leaving its content type to fetch', async () => {
    const form = new FormData();
    form.set('file', new Blob([new Uint8Array([1, 2, 3])], { type: 'image/png' }), 'a.png');

    await gateway('/api/catalog/admin/products/p-1/images', { method: 'POST', body: form });

    const init = fetchMock.mock.calls[0]?.[1];
    expect(init?.body).toBe(form);
    expect(Object.keys(init?.headers ?? {})).not.toContain('content-type');
  });
});
