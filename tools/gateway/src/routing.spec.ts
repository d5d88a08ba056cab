import { httpRoutes } from '@shop/topology';
import { upstreamFor } from './routing';

describe(upstreamFor.name, () => {
  const upstreams = { catalog: 'http://catalog.internal:3001' };

  it.each(['/api/catalog/products?page=2', '/api/catalog', '/api/auth/login'])('sends %s to the catalog', (url) => {
    expect(upstreamFor(url, httpRoutes, upstreams)).toEqual({
      service: 'catalog',
      baseUrl: 'http://catalog.internal:3001',
    });
  });

  it.each(['/', '/api', '/api/catalogue', '/gateway/health', '/api/orders?x=/api/catalog'])(
    'sends %s nowhere',
    (url) => {
      expect(upstreamFor(url, httpRoutes, upstreams)).toBeUndefined();
    },
  );
});
