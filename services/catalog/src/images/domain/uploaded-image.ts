import { imageSize } from 'image-size';
import { InvalidImageError, InvalidImageKeyError } from './image.errors';

/** The formats operators may upload: what every browser shows. */
export type UploadFormat = 'png' | 'jpeg' | 'webp';

export const MAX_UPLOAD_BYTES = 5 * 1024 * 1024;
/** Wider or taller pictures are refused (the product API takes at most this, too). */
export const MAX_IMAGE_SIDE = 10_000;

const CONTENT_TYPES: Readonly<Record<UploadFormat, string>> = {
  png: 'image/png',
  jpeg: 'image/jpeg',
  webp: 'image/webp',
};
const EXTENSIONS: Readonly<Record<UploadFormat, string>> = { png: 'png', jpeg: 'jpg', webp: 'webp' };
// image-size's names for the same formats, which must agree with the signature.
const IMAGE_SIZE_TYPES: Readonly<Record<UploadFormat, string>> = { png: 'png', jpeg: 'jpg', webp: 'webp' };

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const JPEG_SIGNATURE = [0xff, 0xd8, 0xff];
const RIFF = [0x52, 0x49, 0x46, 0x46];
const WEBP = [0x57, 0x45, 0x42, 0x50];

function startsWith(bytes: Uint8Array, signature: readonly number[], offset = 0): boolean {
  return signature.every((byte, index) => bytes[offset + index] === byte);
}

/** The format the bytes are, by their signature (magic bytes), whatever the client declared. */
export function sniffImageFormat(bytes: Uint8Array): UploadFormat | undefined {
  if (startsWith(bytes, PNG_SIGNATURE)) return 'png';
  if (startsWith(bytes, JPEG_SIGNATURE)) return 'jpeg';
  if (startsWith(bytes, RIFF) && startsWith(bytes, WEBP, 8)) return 'webp';
  return undefined;
}

/** A checked upload: its format and the size a browser shows it at. */
export interface UploadedImage {
  readonly format: UploadFormat;
  readonly contentType: string;
  readonly extension: string;
  readonly width: number;
  readonly height: number;
}

function dimensionsOf(bytes: Uint8Array, format: UploadFormat): { width: number; height: number } {
  let size: ReturnType<typeof imageSize>;
  try {
    size = imageSize(bytes);
  } catch {
    throw new InvalidImageError(`The ${format.toUpperCase()} image is damaged: its size cannot be read`);
  }
  if (size.type !== IMAGE_SIZE_TYPES[format] || !size.width || !size.height) {
    throw new InvalidImageError(`The ${format.toUpperCase()} image is damaged: its size cannot be read`);
  }
  // EXIF orientations 5-8 turn the picture a quarter, and browsers show it turned.
  return (size.orientation ?? 1) >= 5
    ? { width: size.height, height: size.width }
    : { width: size.width, height: size.height };
}

/**
 * Checks an upload by its bytes (not its declared type or name): a PNG, JPEG or WebP picture of at
 * most 5 MiB whose width and height can be read from its header. InvalidImageError otherwise.
 */
export function checkUploadedImage(bytes: Uint8Array): UploadedImage {
  if (bytes.length === 0) throw new InvalidImageError('The file is empty');
  if (bytes.length > MAX_UPLOAD_BYTES) throw new InvalidImageError('The image is larger than 5 MiB');
  const format = sniffImageFormat(bytes);
  if (format === undefined) throw new InvalidImageError('Only PNG, JPEG and WebP images can be uploaded');
  const { width, height } = dimensionsOf(bytes, format);
  if (width > MAX_IMAGE_SIDE || height > MAX_IMAGE_SIDE) {
    throw new InvalidImageError(`The image is ${width}×${height}; at most ${MAX_IMAGE_SIDE} pixels a side`);
  }
  return { format, contentType: CONTENT_TYPES[format], extension: EXTENSIONS[format], width, height };
}

const UPLOAD_KEY =
  /^products\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\.(png|jpg|webp)$/;

/** Where an upload is stored: `products/<productId>/<uuid>.<ext>`. */
export function uploadKey(productId: string, uuid: string, image: Pick<UploadedImage, 'extension'>): string {
  return `products/${productId}/${uuid}.${image.extension}`;
}

/** The key as given when it names an uploaded product image, else InvalidImageKeyError (no `..`, nothing else). */
export function parseUploadKey(key: string): string {
  if (!UPLOAD_KEY.test(key)) throw new InvalidImageKeyError(key);
  return key;
}

const UPLOADS_PATH = '/api/catalog/images/uploads/';

/** The URL the catalog serves an upload at (through the gateway, on the storefront's origin). */
export function uploadUrl(key: string): string {
  return `${UPLOADS_PATH}${key}`;
}

/** The key behind an image URL when it is an upload's, else undefined (seeded placeholders, links). */
export function uploadKeyOfUrl(url: string): string | undefined {
  return url.startsWith(UPLOADS_PATH) ? url.slice(UPLOADS_PATH.length) : undefined;
}
