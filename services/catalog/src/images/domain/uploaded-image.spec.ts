import { gifHeader, jpegHeader, pngImage, webpHeader } from '../../testing/images';
import { InvalidImageError, InvalidImageKeyError } from './image.errors';
import {
  checkUploadedImage,
  parseUploadKey,
  sniffImageFormat,
  uploadKey,
  uploadKeyOfUrl,
  uploadUrl,
} from './uploaded-image';

const PRODUCT = '0b7e6c1a-4f7e-4c7a-9a57-1d2c3b4a5f6e';
const UUID = '5d3c2b1a-0f9e-4d8c-b7a6-958473625140';

describe(sniffImageFormat.name, () => {
  it.each([
    ['png', pngImage(2, 3)],
    ['jpeg', jpegHeader(4, 5)],
    ['webp', webpHeader(6, 7)],
  ])('knows a %s by its first bytes', (format, bytes) => {
    expect(sniffImageFormat(bytes)).toBe(format);
  });

  it.each([
    ['a GIF', gifHeader()],
    ['text', Buffer.from('not really a picture, just text named .png')],
    ['a RIFF that is no WebP', Buffer.from('RIFF\u0004\u0000\u0000\u0000WAVEfmt ', 'latin1')],
    ['nothing', Buffer.alloc(0)],
  ])('knows no format in %s', (_kind, bytes) => {
    expect(sniffImageFormat(bytes)).toBeUndefined();
  });
});

describe(checkUploadedImage.name, () => {
  it('reads the size of a PNG from its header', () => {
    expect(checkUploadedImage(pngImage(7, 3))).toEqual({
      format: 'png',
      contentType: 'image/png',
      extension: 'png',
      width: 7,
      height: 3,
    });
  });

  it('reads the size of a JPEG and a WebP', () => {
    expect(checkUploadedImage(jpegHeader(640, 480))).toMatchObject({
      format: 'jpeg',
      extension: 'jpg',
      width: 640,
      height: 480,
    });
    expect(checkUploadedImage(webpHeader(300, 200))).toMatchObject({
      format: 'webp',
      contentType: 'image/webp',
      width: 300,
      height: 200,
    });
  });

  it.each([
    ['a GIF', gifHeader(), 'Only PNG, JPEG and WebP images can be uploaded'],
    ['text', Buffer.from('hello'), 'Only PNG, JPEG and WebP images can be uploaded'],
    ['an empty file', Buffer.alloc(0), 'The file is empty'],
    [
      'a PNG signature with nothing after it',
      pngImage(2, 2).subarray(0, 8),
      'The PNG image is damaged: its size cannot be read',
    ],
    ['a picture wider than 10000 pixels', jpegHeader(12000, 10), 'The image is 12000×10; at most 10000 pixels a side'],
    [
      'more than 5 MiB',
      Buffer.concat([pngImage(1, 1), Buffer.alloc(5 * 1024 * 1024)]),
      'The image is larger than 5 MiB',
    ],
  ])('refuses %s', (_kind, bytes, message) => {
    expect(() => checkUploadedImage(bytes)).toThrow(new InvalidImageError(message));
  });
});

describe('upload keys', () => {
  it('places an upload under its product and serves it under the uploads path', () => {
    const key = uploadKey(PRODUCT, UUID, { extension: 'png' });
    expect(key).toBe(`products/${PRODUCT}/${UUID}.png`);
    expect(uploadUrl(key)).toBe(`/api/catalog/images/uploads/products/${PRODUCT}/${UUID}.png`);
    expect(uploadKeyOfUrl(uploadUrl(key))).toBe(key);
    expect(parseUploadKey(key)).toBe(key);
  });

  it('finds no key in other image URLs', () => {
    expect(uploadKeyOfUrl('/api/catalog/images/aurora-desk-lamp-1.svg')).toBeUndefined();
  });

  it.each([
    `products/${PRODUCT}/../${UUID}.png`,
    `products/../../etc/passwd`,
    `exports/${PRODUCT}/${UUID}.png`,
    `products/${PRODUCT}/${UUID}.gif`,
    `products/${PRODUCT}/${UUID}.png/more`,
    `/products/${PRODUCT}/${UUID}.png`,
  ])('refuses the key %j', (key) => {
    expect(() => parseUploadKey(key)).toThrow(InvalidImageKeyError);
  });
});
