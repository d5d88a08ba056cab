/**
 * The HTTP route table: which service answers which path prefix. The local gateway routes by it,
 * and the CDK app turns it into ALB listener rules (priority = position in the table), so that the
 * laptop and AWS route the same way.
 */
export interface HttpRoute {
  /** Path prefix, matched on segment boundaries: `/api/catalog` matches `/api/catalog/products`. */
  readonly pathPrefix: string;
  readonly service: ServiceName;
}

export type ServiceName = 'catalog' | 'cart' | 'order' | 'inventory' | 'telemetry';

export interface ServiceEndpoint {
  readonly name: ServiceName;
  /** Port the service listens on locally and in its container. */
  readonly port: number;
  /** Liveness path used by the gateway, the ALB target group and the container health check. */
  readonly healthPath: string;
}

export const services: Readonly<Record<ServiceName, ServiceEndpoint>> = {
  catalog: { name: 'catalog', port: 3001, healthPath: '/api/catalog/health/live' },
  cart: { name: 'cart', port: 3002, healthPath: '/api/cart/health/live' },
  order: { name: 'order', port: 3003, healthPath: '/api/orders/health/live' },
  inventory: { name: 'inventory', port: 3004, healthPath: '/api/inventory/health/live' },
  // The local collector's query API (tools/telemetry).
  telemetry: { name: 'telemetry', port: 3005, healthPath: '/api/telemetry/health/live' },
};

export const httpRoutes: readonly HttpRoute[] = [
  { pathPrefix: '/api/catalog', service: 'catalog' },
  { pathPrefix: '/api/auth', service: 'catalog' },
  { pathPrefix: '/api/cart', service: 'cart' },
  { pathPrefix: '/api/orders', service: 'order' },
  { pathPrefix: '/api/inventory', service: 'inventory' },
  { pathPrefix: '/api/telemetry', service: 'telemetry' },
];

/** The route for a request path, or undefined when no service owns it. */
export function routeFor(path: string, routes: readonly HttpRoute[] = httpRoutes): HttpRoute | undefined {
  const pathname = path.split('?')[0] ?? '';
  return routes.find((route) => pathname === route.pathPrefix || pathname.startsWith(`${route.pathPrefix}/`));
}
