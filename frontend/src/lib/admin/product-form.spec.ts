import {
  EMPTY_PRODUCT,
  productFormValues,
  productRowValues,
  validateProduct,
  validateProductRow,
  type ProductFormValues,
} from './product-form';

const valid: ProductFormValues = {
  ...EMPTY_PRODUCT,
  sku: 'LMP-0001',
  name: 'Aurora desk lamp',
  description: 'A warm lamp.',
  amount: '19.99',
  currency: 'EUR',
  status: 'active',
  categoryIds: ['5f1d7a0e-0c7b-4c1e-9d0e-8f0f3f0e2d11'],
};

describe(validateProduct.name, () => {
  it('turns a valid form into the catalog request body, with the price as an exact string', () => {
    expect(validateProduct(valid)).toEqual({
      ok: true,
      body: {
        sku: 'LMP-0001',
        name: 'Aurora desk lamp',
        description: 'A warm lamp.',
        price: { amount: '19.99', currency: 'EUR' },
        status: 'active',
        categoryIds: ['5f1d7a0e-0c7b-4c1e-9d0e-8f0f3f0e2d11'],
      },
    });
  });

  it('sends a slug only when one is given, so the catalog makes it from the name otherwise', () => {
    const result = validateProduct({ ...valid, slug: 'aurora-lamp' });
    expect(result.ok && result.body.slug).toBe('aurora-lamp');
  });

  it('names every missing required field', () => {
    expect(validateProduct({ ...EMPTY_PRODUCT, currency: '' })).toEqual({
      ok: false,
      errors: {
        sku: 'Enter a SKU',
        name: 'Enter a name',
        amount: 'Enter a price',
        currency: 'Enter a three-letter currency code like EUR',
      },
    });
  });

  it.each([
    ['sku', { sku: '-starts-with-dash' }],
    ['sku', { sku: 'has space' }],
    ['sku', { sku: 'A'.repeat(65) }],
    ['slug', { slug: 'Upper-Case' }],
    ['slug', { slug: 'double--hyphen' }],
    ['amount', { amount: '19.999' }],
    ['amount', { amount: '-1.00' }],
    ['amount', { amount: '1,50' }],
    ['amount', { amount: '012' }],
    ['currency', { currency: 'euro' }],
    ['status', { status: 'deleted' }],
    ['name', { name: 'n'.repeat(201) }],
  ] as const)('refuses a bad %s (%j)', (field, change) => {
    const result = validateProduct({ ...valid, ...change });
    expect(result.ok).toBe(false);
    expect(!result.ok && Object.keys(result.errors)).toEqual([field]);
  });

  it('accepts the edges the catalog accepts', () => {
    expect(validateProduct({ ...valid, sku: 'a', amount: '0', slug: 'a-1-b' }).ok).toBe(true);
    expect(validateProduct({ ...valid, sku: 'A'.repeat(64), amount: '9999999999.99' }).ok).toBe(true);
  });

  it('refuses more than 20 categories', () => {
    const categoryIds = Array.from({ length: 21 }, (_, index) => `category-${index}`);
    expect(validateProduct({ ...valid, categoryIds })).toEqual({
      ok: false,
      errors: { categoryIds: 'Choose at most 20 categories' },
    });
  });
});

describe(productFormValues.name, () => {
  it('reads the fields trimmed, the currency in capitals and every ticked category', () => {
    const form = new FormData();
    form.set('sku', ' LMP-1 ');
    form.set('name', ' Lamp ');
    form.set('description', ' as typed ');
    form.set('amount', ' 5.00 ');
    form.set('currency', 'eur');
    form.set('status', 'draft');
    form.append('categoryIds', 'a');
    form.append('categoryIds', 'b');
    expect(productFormValues(form)).toEqual({
      sku: 'LMP-1',
      name: 'Lamp',
      slug: '',
      description: ' as typed ',
      amount: '5.00',
      currency: 'EUR',
      status: 'draft',
      categoryIds: ['a', 'b'],
    });
  });
});

describe(validateProductRow.name, () => {
  const row = { name: 'Aurora desk lamp', amount: '21.50', currency: 'EUR' };

  it('sends only the name and the price', () => {
    expect(validateProductRow(row)).toEqual({
      ok: true,
      body: { name: 'Aurora desk lamp', price: { amount: '21.50', currency: 'EUR' } },
    });
  });

  it('refuses what the product form refuses, naming only the wrong fields', () => {
    expect(validateProductRow({ ...row, name: '', amount: '21.505' })).toEqual({
      ok: false,
      errors: { name: 'Enter a name', amount: 'Enter an amount like 19.99: digits, a dot and at most two decimals' },
    });
    const tooLong = validateProductRow({ ...row, name: 'n'.repeat(201) });
    expect(!tooLong.ok && Object.keys(tooLong.errors)).toEqual(['name']);
  });
});

describe(productRowValues.name, () => {
  it('reads the name and the amount trimmed and the currency in capitals', () => {
    const form = new FormData();
    form.set('name', '  Aurora lamp ');
    form.set('amount', ' 3.50 ');
    form.set('currency', 'eur');
    form.set('sku', 'ignored');
    expect(productRowValues(form)).toEqual({ name: 'Aurora lamp', amount: '3.50', currency: 'EUR' });
  });
});
