import type { Principal } from './principal';

// A symbol key cannot collide with a property that Fastify, Express or another plugin puts on the request.
const PRINCIPAL = Symbol('shop.auth.principal');

type RequestWithPrincipal = { [PRINCIPAL]?: Principal };

/** Puts the verified principal on the HTTP request (Fastify or Express). */
export function attachPrincipal(request: object, principal: Principal): void {
  (request as RequestWithPrincipal)[PRINCIPAL] = principal;
}

/** The principal the auth guard verified for this request, if any (for logs, spans and handlers). */
export function principalOf(request: object): Principal | undefined {
  return (request as RequestWithPrincipal)[PRINCIPAL];
}
