const BEARER = /^Bearer +([A-Za-z0-9\-_.~+/]+=*) *$/i;

/** The token of an `Authorization: Bearer <token>` header (RFC 6750 syntax), or undefined. */
export function bearerToken(authorization: string | string[] | undefined): string | undefined {
  if (typeof authorization !== 'string') return undefined;
  return BEARER.exec(authorization)?.[1];
}
