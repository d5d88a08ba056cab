/** Liveness for the load balancer and the tests: the Next server answers; the gateway is not asked. */
export function GET(): Response {
  return Response.json({ status: 'ok' });
}
