import { pageLinks } from './pagination';
import { parseProductQuery, productsHref } from './product-query';

describe(parseProductQuery.name, () => {
  it('keeps valid filters and reports a bad price instead of sending it', () => {
    const { query, invalid } = parseProductQuery({
      q: ' lamp ',
      minPrice: '10',
      maxPrice: '1e3',
      sort: '-price',
      page: '2',
    });
    expect(query).toEqual({ q: 'lamp', minPrice: '10', sort: '-price', page: 2 });
    expect(invalid).toEqual({ maxPrice: 'Enter an amount such as 10 or 10.50' });
  });

  it('drops relevance without a search, a malformed category and a bad page', () => {
    expect(parseProductQuery({ sort: 'relevance', category: 'Not A Slug', page: '0' }).query).toEqual({ page: 1 });
  });
});

describe(productsHref.name, () => {
  it('goes back to the first page when a filter changes', () => {
    expect(productsHref({ q: 'lamp', page: 3 }, { category: 'lighting' })).toBe('/products?q=lamp&category=lighting');
    expect(productsHref({ q: 'lamp', page: 1 }, { page: 4 })).toBe('/products?q=lamp&page=4');
  });
});

describe(pageLinks.name, () => {
  it('shows the ends, the neighbours of the current page and gaps between', () => {
    expect(pageLinks(5, 100, 10)).toEqual([1, 'gap', 4, 5, 6, 'gap', 10]);
    expect(pageLinks(1, 25, 10)).toEqual([1, 2, 3]);
    expect(pageLinks(1, 0, 10)).toEqual([1]);
  });
});
