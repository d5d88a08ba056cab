/** @jest-environment node */
import { GET } from './route';

jest.mock('server-only', () => ({}));
jest.mock('next/headers', () => ({ headers: () => Promise.resolve(new Headers()) }));

describe('the /api proxy route', () => {
  const fetchMock = jest.fn<Promise<Response>, [string, RequestInit]>();

  beforeEach(() => {
    global.fetch = fetchMock as unknown as typeof fetch;
  });

  it('passes a picture’s bytes and its type and cache headers through unchanged', async () => {
    const bytes = new Uint8Array(256).map((_value, index) => index);
    fetchMock.mockResolvedValue(
      new Response(bytes, {
        status: 200,
        headers: { 'content-type': 'image/png', 'cache-control': 'public, max-age=31536000, immutable' },
      }),
    );
    const key = 'products/p-1/5d3c2b1a.png';

    const response = await GET(new Request(`http://shop.test/api/catalog/images/uploads/${key}`), {
      params: Promise.resolve({ path: ['catalog', 'images', 'uploads', ...key.split('/')] }),
    });

    expect(fetchMock.mock.calls[0]?.[0]).toBe(`http://127.0.0.1:8080/api/catalog/images/uploads/${key}`);
    expect(response.headers.get('content-type')).toBe('image/png');
    expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(bytes);
  });
});
