import { orderListApiPath, orderListFilters, orderListHref } from './list-queries';

const CUSTOMER = '3f0c2a9e-1b2c-4d5e-8f90-a1b2c3d4e5f6';

describe(orderListFilters.name, () => {
  it('reads status, days, customer id and email, and asks the order service for whole UTC days', () => {
    const { query, errors } = orderListFilters({
      status: 'CONFIRMED',
      from: '2026-06-01',
      to: '2026-06-30',
      customerId: CUSTOMER.toUpperCase(),
      email: 'ada@example.com',
      page: '2',
    });

    expect(errors).toEqual({});
    expect(orderListApiPath(query)).toBe(
      '/api/orders/admin/orders?status=CONFIRMED&email=ada%40example.com' +
        `&customerId=${CUSTOMER}&from=2026-06-01T00%3A00%3A00.000Z&to=2026-07-01T00%3A00%3A00.000Z&page=2&pageSize=20`,
    );
    expect(orderListHref(query, { page: 3 })).toBe(
      `/admin/orders?status=CONFIRMED&email=ada%40example.com&customerId=${CUSTOMER}&from=2026-06-01&to=2026-06-30&page=3`,
    );
  });

  it('lists everything without filters, and ignores a status the service does not know', () => {
    const { query, errors } = orderListFilters({ status: 'SHIPPED' });
    expect(errors).toEqual({});
    expect(orderListApiPath(query)).toBe('/api/orders/admin/orders?pageSize=20');
  });

  it('takes one day as from and to alike', () => {
    const { query, errors } = orderListFilters({ from: '2026-02-28', to: '2026-02-28' });
    expect(errors).toEqual({});
    expect(orderListApiPath(query)).toContain('from=2026-02-28T00%3A00%3A00.000Z&to=2026-03-01T00%3A00%3A00.000Z');
  });

  it.each([
    ['a day that does not exist', { from: '2026-02-30' }, { from: 'Enter a date like 2026-06-01' }],
    ['a date in another format', { to: '01/06/2026' }, { to: 'Enter a date like 2026-06-30' }],
    [
      'a range that ends before it starts',
      { from: '2026-06-02', to: '2026-06-01' },
      { to: 'Choose a day on or after the first day' },
    ],
    [
      'a customer id that is no UUID',
      { customerId: 'alice' },
      { customerId: 'Enter the account id, like 3f0c2a9e-1b2c-4d5e-8f90-a1b2c3d4e5f6' },
    ],
    ['a bad email', { email: 'ada@' }, { email: 'Enter an email address like name@example.com' }],
  ])('explains %s and keeps what was typed', (_case, params, errors) => {
    const filters = orderListFilters(params);
    expect(filters.errors).toEqual(errors);
    expect(filters.query).toMatchObject(params);
  });
});
