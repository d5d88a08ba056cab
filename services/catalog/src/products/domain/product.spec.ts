import { Money } from './money';
import { applyChanges, type Product } from './product';

const created = new Date('2026-01-01T00:00:00Z');
const later = new Date('2026-02-01T00:00:00Z');

function product(overrides: Partial<Product> = {}): Product {
  return {
    id: '0b7e6c1a-4f7e-4c7a-9a57-1d2c3b4a5f6e',
    sku: 'LMP-1',
    name: 'Lamp',
    slug: 'lamp',
    description: 'A lamp',
    price: Money.of('19.99', 'EUR'),
    images: [],
    attributes: { colour: 'red' },
    status: 'draft',
    categoryIds: [],
    createdAt: created,
    updatedAt: created,
    version: 3,
    ...overrides,
  };
}

describe(applyChanges.name, () => {
  it('changes the given fields and the update time', () => {
    const updated = applyChanges(product(), { name: 'Desk lamp', price: Money.of('24.00', 'EUR') }, later);
    expect(updated).toMatchObject({ name: 'Desk lamp', slug: 'lamp', updatedAt: later });
    expect(updated.price.amount).toBe('24.00');
  });

  it('returns the same product when nothing differs', () => {
    const current = product();
    const same = { name: 'Lamp', price: Money.of('19.99', 'EUR'), attributes: { colour: 'red' } };
    expect(applyChanges(current, same, later)).toBe(current);
  });

  it('ignores absent fields', () => {
    const current = product();
    expect(applyChanges(current, { name: undefined }, later)).toBe(current);
  });
});
