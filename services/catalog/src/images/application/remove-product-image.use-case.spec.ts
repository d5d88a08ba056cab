import { imagePosition } from './remove-product-image.use-case';

const KEY = 'products/0b7e6c1a-4f7e-4c7a-9a57-1d2c3b4a5f6e/5d3c2b1a-0f9e-4d8c-b7a6-958473625140.png';
const IMAGES = [
  { url: '/api/catalog/images/aurora-desk-lamp-1.svg', alt: 'Lamp', width: 800, height: 600 },
  { url: `/api/catalog/images/uploads/${KEY}`, alt: 'Lit', width: 2, height: 3 },
];

describe(imagePosition.name, () => {
  it.each([
    ['a position', '1', 1],
    ['an upload key', KEY, 1],
    ['a file name', '5d3c2b1a-0f9e-4d8c-b7a6-958473625140.png', 1],
    ['a placeholder file name', 'aurora-desk-lamp-1.svg', 0],
  ])('finds an image by %s', (_kind, reference, position) => {
    expect(imagePosition(IMAGES, reference)).toBe(position);
  });

  it.each(['2', '99', 'nothing.png', 'products', ''])('finds nothing at %j', (reference) => {
    expect(imagePosition(IMAGES, reference)).toBe(-1);
  });
});
