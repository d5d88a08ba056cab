import { InvalidPriceError, InvalidPriceRangeError, InvalidProductQueryError } from './product.errors';
import { offsetOf, productListCriteria } from './product-list-criteria';
import { InvalidSlugError } from '../../shared/domain/shared.errors';

describe(productListCriteria.name, () => {
  it('applies the defaults: page 1 of 20, newest first', () => {
    expect(productListCriteria({}, ['active'])).toEqual({
      page: 1,
      pageSize: 20,
      categorySlug: undefined,
      search: undefined,
      minPrice: undefined,
      maxPrice: undefined,
      sort: 'newest',
      statuses: ['active'],
    });
  });

  it('sorts a search by relevance unless told otherwise', () => {
    expect(productListCriteria({ q: ' lamp ' }, ['active'])).toMatchObject({ search: 'lamp', sort: 'relevance' });
    expect(productListCriteria({ q: 'lamp', sort: 'price' }, ['active']).sort).toBe('price');
  });

  it('treats a blank search as no search', () => {
    expect(productListCriteria({ q: '   ' }, ['active'])).toMatchObject({ search: undefined, sort: 'newest' });
  });

  it('searches for the words only', () => {
    expect(productListCriteria({ q: "children's  lamp*" }, ['active']).search).toBe('children s lamp');
    expect(productListCriteria({ q: 'Crème brûlée' }, ['active']).search).toBe('Crème brûlée');
  });

  it('refuses a search with no word in it', () => {
    expect(() => productListCriteria({ q: '*' }, ['active'])).toThrow(InvalidProductQueryError);
    expect(() => productListCriteria({ q: 'x'.repeat(201) }, ['active'])).toThrow(InvalidProductQueryError);
  });

  it('refuses relevance without a search term', () => {
    expect(() => productListCriteria({ sort: 'relevance' }, ['active'])).toThrow(InvalidProductQueryError);
  });

  it('reads price bounds exactly and accepts equal bounds', () => {
    expect(productListCriteria({ minPrice: '10', maxPrice: '10.00' }, ['active'])).toMatchObject({
      minPrice: 1000n,
      maxPrice: 1000n,
    });
  });

  it('refuses a minimum above the maximum', () => {
    expect(() => productListCriteria({ minPrice: '10.01', maxPrice: '10' }, ['active'])).toThrow(
      InvalidPriceRangeError,
    );
  });

  it('refuses a malformed price', () => {
    expect(() => productListCriteria({ minPrice: '-1' }, ['active'])).toThrow(InvalidPriceError);
  });

  it.each([{ page: 0 }, { page: 1.5 }, { pageSize: 0 }, { pageSize: 101 }, { page: 100_001 }])(
    'refuses %j',
    (request) => {
      expect(() => productListCriteria(request, ['active'])).toThrow(InvalidProductQueryError);
    },
  );

  it('refuses a category that is not a slug', () => {
    expect(() => productListCriteria({ category: 'Lighting' }, ['active'])).toThrow(InvalidSlugError);
  });

  it('skips the earlier pages', () => {
    expect(offsetOf({ page: 3, pageSize: 20 })).toBe(40);
  });
});
