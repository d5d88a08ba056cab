import { assertSlug, isSlug, MAX_SLUG_LENGTH, slugify } from './slug';
import { InvalidSlugError } from './shared.errors';

describe(slugify.name, () => {
  it.each([
    ['Aurora Desk Lamp', 'aurora-desk-lamp'],
    ['Crème Brûlée — 2 kg', 'creme-brulee-2-kg'],
    ['  Home & Living  ', 'home-living'],
    ['A--B', 'a-b'],
  ])('turns %j into %j', (text, slug) => {
    expect(slugify(text)).toBe(slug);
  });

  it('cuts long names without a trailing hyphen', () => {
    const slug = slugify(`${'a'.repeat(MAX_SLUG_LENGTH - 1)} bcd`);
    expect(slug.length).toBeLessThanOrEqual(MAX_SLUG_LENGTH);
    expect(slug.endsWith('-')).toBe(false);
  });

  it('refuses a name with nothing URL-safe in it', () => {
    expect(() => slugify('★ ☆')).toThrow(InvalidSlugError);
  });
});

describe(isSlug.name, () => {
  it.each(['lamp', 'desk-lamp-2', '3d-puzzle'])('accepts %j', (value) => {
    expect(isSlug(value)).toBe(true);
  });

  it.each(['Lamp', 'desk--lamp', '-lamp', 'lamp-', 'desk lamp', 'lämp', '', 'a'.repeat(MAX_SLUG_LENGTH + 1)])(
    'refuses %j',
    (value) => {
      expect(isSlug(value)).toBe(false);
    },
  );

  it('refuses a UUID, so an id and a slug never look alike', () => {
    expect(isSlug('0b7e6c1a-4f7e-4c7a-9a57-1d2c3b4a5f6e')).toBe(false);
    expect(() => assertSlug('0b7e6c1a-4f7e-4c7a-9a57-1d2c3b4a5f6e')).toThrow(InvalidSlugError);
  });
});
