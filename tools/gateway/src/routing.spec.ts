import { httpRoutes } from '@shop/topology';
import { upstreamFor } from './routing';

describe(upstreamFor.name, () => {
  const upstreams = {
    catalog: 'http://catalog.internal:3001',
    cart: 'http://cart.internal:3002',
    order: 'http://order.internal:3003',
    inventory: 'http://inventory.internal:3004',
    telemetry: 'http://telemetry.internal:3005',
  };

  it.each([
    ['/api/catalog/products?page=2', '/api/catalog'],
    ['/api/catalog', '/api/catalog'],
    ['/api/auth/login', '/api/auth'],
  ])('sends %s to the catalog by the route %s', (url, pathPrefix) => {
    expect(upstreamFor(url, httpRoutes, upstreams)).toEqual({
      service: 'catalog',
      baseUrl: 'http://catalog.internal:3001',
      pathPrefix,
    });
  });

  it.each([
    ['/api/cart/items', 'cart', 'http://cart.internal:3002', '/api/cart'],
    ['/api/orders/6f0c1a52-0000-4000-8000-000000000000/cancel', 'order', 'http://order.internal:3003', '/api/orders'],
    ['/api/inventory/admin/stock?lowStock=true', 'inventory', 'http://inventory.internal:3004', '/api/inventory'],
    ['/api/telemetry/traces?limit=5', 'telemetry', 'http://telemetry.internal:3005', '/api/telemetry'],
  ])('sends %s to the %s service', (url, service, baseUrl, pathPrefix) => {
    expect(upstreamFor(url, httpRoutes, upstreams)).toEqual({ service, baseUrl, pathPrefix });
  });

  it.each(['/', '/api', '/api/catalogue', '/gateway/health', '/api/payments?x=/api/catalog', '/api/ordersx'])(
    'sends %s nowhere',
    (url) => {
      expect(upstreamFor(url, httpRoutes, upstreams)).toBeUndefined();
    },
  );
});
