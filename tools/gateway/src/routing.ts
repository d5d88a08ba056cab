import { type HttpRoute, routeFor, type ServiceName } from '@shop/topology';

/** Where one request goes: the service that owns its path, that service's base URL and the route's prefix. */
export interface UpstreamTarget {
  readonly service: ServiceName;
  readonly baseUrl: string;
  readonly pathPrefix: string;
}

/** The upstream for a request URL (path and query), by the first route in table order that owns the path. */
export function upstreamFor(
  url: string,
  routes: readonly HttpRoute[],
  upstreams: Readonly<Record<ServiceName, string>>,
): UpstreamTarget | undefined {
  const route = routeFor(url, routes);
  return route && { service: route.service, baseUrl: upstreams[route.service], pathPrefix: route.pathPrefix };
}
