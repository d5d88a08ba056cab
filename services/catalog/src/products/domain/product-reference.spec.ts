import { InvalidProductReferenceError } from './product.errors';
import { parseProductId, parseProductReference } from './product-reference';

describe(parseProductReference.name, () => {
  it('reads a UUID as an id, lower-cased', () => {
    expect(parseProductReference('0B7E6C1A-4F7E-4C7A-9A57-1D2C3B4A5F6E')).toEqual({
      kind: 'id',
      id: '0b7e6c1a-4f7e-4c7a-9a57-1d2c3b4a5f6e',
    });
  });

  it('reads a slug as a slug', () => {
    expect(parseProductReference('aurora-desk-lamp')).toEqual({ kind: 'slug', slug: 'aurora-desk-lamp' });
  });

  it.each(['Aurora', "x' OR 1=1", '0B7E6C1A-4F7E', '', 'lamp_1'])('refuses %j', (value) => {
    expect(() => parseProductReference(value)).toThrow(InvalidProductReferenceError);
  });
});

describe(parseProductId.name, () => {
  it('accepts a UUID only', () => {
    expect(parseProductId('0b7e6c1a-4f7e-4c7a-9a57-1d2c3b4a5f6e')).toBe('0b7e6c1a-4f7e-4c7a-9a57-1d2c3b4a5f6e');
    expect(() => parseProductId('aurora-desk-lamp')).toThrow(InvalidProductReferenceError);
  });
});
