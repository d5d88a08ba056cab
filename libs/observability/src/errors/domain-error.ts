/**
 * Base of every business error. Business code throws these (never HTTP exceptions); each service maps
 * its codes to HTTP statuses with `mapDomainError`, and the global filter writes them in the error shape.
 */
export abstract class DomainError extends Error {
  /** Stable, upper snake case (`PRODUCT_NOT_FOUND`): clients and dashboards key on it. */
  abstract readonly code: string;

  constructor(
    message: string,
    /** Safe to show to the client: names the offending input, never internals. */
    readonly details?: unknown,
  ) {
    super(message);
    this.name = new.target.name;
  }
}
