import { DomainError } from '@shop/observability';

export const SHARED_ERROR_CODES = ['INVALID_SLUG'] as const;
export type SharedErrorCode = (typeof SHARED_ERROR_CODES)[number];

export class InvalidSlugError extends DomainError {
  readonly code = 'INVALID_SLUG' satisfies SharedErrorCode;
}
