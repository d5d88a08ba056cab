import { httpRoutes, routeFor } from './http-routes';

describe(routeFor.name, () => {
  it.each([
    ['/api/catalog/products', 'catalog'],
    ['/api/catalog', 'catalog'],
    ['/api/catalog/products?page=2', 'catalog'],
    ['/api/auth/login', 'catalog'],
    ['/api/cart', 'cart'],
    ['/api/orders/abc/cancel', 'order'],
    ['/api/inventory/admin/stock', 'inventory'],
    ['/api/telemetry/traces?limit=5', 'telemetry'],
  ])('routes %s to %s', (path, service) => {
    expect(routeFor(path)?.service).toBe(service);
  });

  it.each(['/api/catalogue', '/api', '/', '/api/payments', '/api/carts'])('routes nothing for %s', (path) => {
    expect(routeFor(path)).toBeUndefined();
  });

  it('has unique prefixes, each starting with /api/', () => {
    const prefixes = httpRoutes.map((route) => route.pathPrefix);
    expect(new Set(prefixes).size).toBe(prefixes.length);
    for (const prefix of prefixes) expect(prefix).toMatch(/^\/api\/[a-z-]+$/);
  });
});
