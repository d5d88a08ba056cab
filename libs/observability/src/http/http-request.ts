import type { IncomingMessage } from 'node:http';

/** The request object a Nest handler sees: Fastify's (with `raw`) or Express's (the IncomingMessage itself). */
export interface AdapterRequest {
  method?: string;
  raw?: IncomingMessage;
  routeOptions?: { url?: string };
  route?: { path?: unknown };
}

/** The Node request underneath either adapter's request object. */
export function rawRequestOf(request: AdapterRequest): IncomingMessage {
  return request.raw ?? (request as unknown as IncomingMessage);
}

/** The matched route template (`/api/catalog/products/:idOrSlug`), or undefined before or without a match. */
export function routeTemplateOf(request: AdapterRequest): string | undefined {
  const fastifyRoute = request.routeOptions?.url;
  if (typeof fastifyRoute === 'string' && fastifyRoute.length > 0) return fastifyRoute;
  const expressRoute = request.route?.path;
  return typeof expressRoute === 'string' ? expressRoute : undefined;
}
