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
  // Nest mounts controller routes on the Express app with their full path (global prefix included);
  // its catch-all for unknown URLs under the prefix is a relative `*path` route on a router of its own.
  return typeof expressRoute === 'string' && expressRoute.startsWith('/') ? expressRoute : undefined;
}
