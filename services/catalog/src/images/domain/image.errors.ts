import { DomainError } from '@shop/observability';

export const IMAGE_ERROR_CODES = ['IMAGE_NOT_FOUND'] as const;
export type ImageErrorCode = (typeof IMAGE_ERROR_CODES)[number];

export class ImageNotFoundError extends DomainError {
  readonly code = 'IMAGE_NOT_FOUND' satisfies ImageErrorCode;
  constructor(name: string) {
    super(`No image "${name.slice(0, 200)}"`);
  }
}
