import { httpRoutes } from '@shop/topology';
import { upstreamFor } from './routing';

describe(upstreamFor.name, () => {
  const upstreams = {
    catalog: 'http://catalog.internal:3001',
    cart: 'http://cart.internal:3002',
    order: 'http://order.internal:3003',
    inventory: 'http://inventory.internal:3004',
  };

  it.each(['/api/catalog/products?page=2', '/api/catalog', '/api/auth/login'])('sends %s to the catalog', (url) => {
    expect(upstreamFor(url, httpRoutes, upstreams)).toEqual({
      service: 'catalog',
      baseUrl: 'http://catalog.internal:3001',
    });
  });

  it.each([
    ['/api/cart/items', 'cart', 'http://cart.internal:3002'],
    ['/api/orders/6f0c1a52-0000-4000-8000-000000000000/cancel', 'order', 'http://order.internal:3003'],
    ['/api/inventory/admin/stock?lowStock=true', 'inventory', 'http://inventory.internal:3004'],
  ])('sends %s to the %s service', (url, service, baseUrl) => {
    expect(upstreamFor(url, httpRoutes, upstreams)).toEqual({ service, baseUrl });
  });

  it.each(['/', '/api', '/api/catalogue', '/gateway/health', '/api/payments?x=/api/catalog', '/api/ordersx'])(
    'sends %s nowhere',
    (url) => {
      expect(upstreamFor(url, httpRoutes, upstreams)).toBeUndefined();
    },
  );
});
