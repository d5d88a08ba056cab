import { DomainError } from '@shop/observability';

export const IMAGE_ERROR_CODES = [
  'IMAGE_NOT_FOUND',
  'INVALID_IMAGE',
  'INVALID_IMAGE_KEY',
  'TOO_MANY_IMAGES',
  'IMAGE_STORE_UNAVAILABLE',
] as const;
export type ImageErrorCode = (typeof IMAGE_ERROR_CODES)[number];

export class ImageNotFoundError extends DomainError {
  readonly code = 'IMAGE_NOT_FOUND' satisfies ImageErrorCode;
  constructor(name: string) {
    super(`No image "${name.slice(0, 200)}"`);
  }
}

/** An upload that is not a PNG, JPEG or WebP picture whose size can be read; nothing was stored. */
export class InvalidImageError extends DomainError {
  readonly code = 'INVALID_IMAGE' satisfies ImageErrorCode;
}

/** An uploaded image's key that is not `products/<productId>/<uuid>.<png|jpg|webp>`. */
export class InvalidImageKeyError extends DomainError {
  readonly code = 'INVALID_IMAGE_KEY' satisfies ImageErrorCode;
  constructor(key: string) {
    super(`"${key.slice(0, 200)}" is not the key of an uploaded product image`);
  }
}

export class TooManyImagesError extends DomainError {
  readonly code = 'TOO_MANY_IMAGES' satisfies ImageErrorCode;
  constructor(limit: number) {
    super(`A product has at most ${limit} images; remove one first`);
  }
}

/** The object store could not be reached or refused the write; nothing was changed. */
export class ImageStoreUnavailableError extends DomainError {
  readonly code = 'IMAGE_STORE_UNAVAILABLE' satisfies ImageErrorCode;
  constructor(cause: unknown) {
    super('The image store is unavailable; nothing was changed');
    // For the logs: the SDK's error names the failing call.
    this.cause = cause;
  }
}
