import { consoleReturnTo, sameSitePath, signInHref, storefrontReturnTo } from './return-to';

describe(sameSitePath.name, () => {
  it.each([
    ['/', '/'],
    ['/orders', '/orders'],
    ['/orders?page=2', '/orders?page=2'],
    ['/products/desk-lamp#reviews', '/products/desk-lamp#reviews'],
    ['/admin/orders?status=CONFIRMED&from=2026-06-01', '/admin/orders?status=CONFIRMED&from=2026-06-01'],
    ['/a/../orders', '/orders'],
  ])('keeps the same-site path %j', (value, path) => {
    expect(sameSitePath(value)).toBe(path);
  });

  it.each([
    ['another host, protocol-relative', '//evil.example/orders'],
    ['a backslash read as a slash', '/\\evil.example'],
    ['a backslash first', '\\\\evil.example'],
    ['a tab the browser drops', '/\t/evil.example'],
    ['a line break the browser drops', '/\n/evil.example'],
    ['a space', '/ /evil.example'],
    ['an absolute URL', 'https://evil.example/'],
    ['a scheme', 'javascript:alert(1)'],
    ['a data URL', 'data:text/html,hi'],
    ['a relative path', 'orders'],
    ['a dot path', './orders'],
    ['the empty string', ''],
    ['a very long path', `/${'a'.repeat(2000)}`],
    ['no string', ['/orders']],
    ['undefined', undefined],
  ])('refuses %s', (_case, value) => {
    expect(sameSitePath(value)).toBeNull();
  });
});

describe(storefrontReturnTo.name, () => {
  it('goes back to the asked-for page, or home when it is not a same-site path', () => {
    expect(storefrontReturnTo('/orders?page=3')).toBe('/orders?page=3');
    expect(storefrontReturnTo('//evil.example')).toBe('/');
    expect(storefrontReturnTo(null)).toBe('/');
  });
});

describe(consoleReturnTo.name, () => {
  it.each([
    ['/admin/orders?status=PENDING', '/admin/orders?status=PENDING'],
    ['/admin', '/admin'],
    ['/admin/inventory/LMP-1', '/admin/inventory/LMP-1'],
  ])('goes back to the console page %j', (value, path) => {
    expect(consoleReturnTo(value)).toBe(path);
  });

  it.each([
    ['a storefront page', '/cart'],
    ['a path that only starts like the console', '/administration'],
    ['the sign-in page itself', '/admin/signin?next=/admin/orders'],
    ['another host', '//evil.example/admin'],
    ['nothing', undefined],
  ])('goes to the products instead of %s', (_case, value) => {
    expect(consoleReturnTo(value)).toBe('/admin/products');
  });
});

describe(signInHref.name, () => {
  it('adds the page to come back to, encoded', () => {
    expect(signInHref('/signin', '/orders?page=2')).toBe('/signin?next=%2Forders%3Fpage%3D2');
  });

  it('leaves out a path that is not same-site', () => {
    expect(signInHref('/admin/signin', '//evil.example')).toBe('/admin/signin');
    expect(signInHref('/admin/signin', null)).toBe('/admin/signin');
  });
});
