/**
 * A token failed verification. `reason` is for logs only (a jose error code such as `ERR_JWT_EXPIRED`
 * or `ERR_ROLES_INVALID`); clients get one generic 401 so a forger learns nothing about which check failed.
 */
export class InvalidTokenError extends Error {
  constructor(
    readonly reason: string,
    options?: ErrorOptions,
  ) {
    super(`Invalid access token (${reason})`, options);
    this.name = 'InvalidTokenError';
  }
}
