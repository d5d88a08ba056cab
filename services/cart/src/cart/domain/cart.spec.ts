import { randomUUID } from 'node:crypto';
import { factory, TTL_MS } from '../../testing/factories';
import { Cart, type ProductSnapshot } from './cart';
import { MAX_LINES_PER_CART, MAX_QUANTITY_PER_LINE } from './cart-limits';
import {
  CartItemNotFoundError,
  CartLineLimitReachedError,
  CurrencyMismatchError,
  InvalidQuantityError,
  QuantityLimitExceededError,
} from './cart.errors';
import { Money } from './money';

const NOW = new Date('2026-06-01T12:00:00Z');

function fullCart(): Cart {
  return factory.cart({ items: Array.from({ length: MAX_LINES_PER_CART }, () => factory.item()) });
}

describe(Cart.name, () => {
  describe('totals', () => {
    it('has no subtotal and no currency while empty', () => {
      const cart = Cart.open(randomUUID(), factory.guest(), NOW, TTL_MS);
      expect(cart.subtotal).toBeNull();
      expect(cart.currency).toBeNull();
      expect(cart.itemCount).toBe(0);
    });

    it('sums line totals exactly: 3 x 0.10 + 2 x 19.99 + 1 x 0.20 = 40.48', () => {
      const cart = factory.cart({
        items: [
          factory.item({ unitPrice: Money.of('0.10', 'EUR'), quantity: 3 }),
          factory.item({ unitPrice: Money.of('19.99', 'EUR'), quantity: 2 }),
          factory.item({ unitPrice: Money.of('0.2', 'EUR'), quantity: 1 }),
        ],
      });
      expect(cart.subtotal?.amount).toBe('40.48');
      expect(cart.subtotal?.currency).toBe('EUR');
      expect(cart.itemCount).toBe(6);
    });
  });

  describe('add', () => {
    it('adds a new line with the given id, price and quantity', () => {
      const cart = factory.cart();
      const product = factory.product();
      const item = cart.add(product, 2, 'item-1', NOW);
      expect(item).toEqual({ ...product, id: 'item-1', quantity: 2, addedAt: NOW });
      expect(cart.items).toEqual([item]);
    });

    it('keeps only the product’s id, SKU, name and price from what the catalog said', () => {
      const product = factory.product();
      const item = factory.cart().add({ ...product, status: 'active' } as ProductSnapshot, 1, 'item-1', NOW);
      expect(Object.keys(item).sort()).toEqual(['addedAt', 'id', 'name', 'productId', 'quantity', 'sku', 'unitPrice']);
    });

    it('adds to the line of a product already in the cart, with the catalog’s current price and name', () => {
      const existing = factory.item({ quantity: 3, unitPrice: Money.of('10.00', 'EUR') });
      const cart = factory.cart({ items: [existing] });
      const now = factory.product({
        productId: existing.productId,
        name: 'Renamed',
        unitPrice: Money.of('12.00', 'EUR'),
      });
      const item = cart.add(now, 4, 'unused', NOW);
      expect(item).toMatchObject({ id: existing.id, quantity: 7, name: 'Renamed' });
      expect(cart.items).toHaveLength(1);
      expect(cart.subtotal?.amount).toBe('84.00');
    });

    it.each([0, -1, 11, 1.5, Number.NaN])('refuses a quantity of %s', (quantity) => {
      const cart = factory.cart();
      expect(() => cart.add(factory.product(), quantity, 'x', NOW)).toThrow(InvalidQuantityError);
      expect(cart.items).toEqual([]);
    });

    it(`refuses to take a line above ${MAX_QUANTITY_PER_LINE}, changing nothing`, () => {
      const existing = factory.item({ quantity: 8 });
      const cart = factory.cart({ items: [existing] });
      expect(() => cart.add(factory.product({ productId: existing.productId }), 3, 'x', NOW)).toThrow(
        QuantityLimitExceededError,
      );
      expect(cart.items).toEqual([existing]);
      expect(cart.add(factory.product({ productId: existing.productId }), 2, 'x', NOW).quantity).toBe(10);
    });

    it(`refuses line ${MAX_LINES_PER_CART + 1} but still adds to an existing line of a full cart`, () => {
      const cart = fullCart();
      expect(() => cart.add(factory.product(), 1, 'x', NOW)).toThrow(CartLineLimitReachedError);
      expect(cart.items).toHaveLength(MAX_LINES_PER_CART);
      const first = cart.items[0];
      if (!first) throw new Error('no first line');
      expect(cart.add(factory.product({ productId: first.productId }), 1, 'x', NOW).quantity).toBe(2);
    });

    it('keeps one currency per cart', () => {
      const cart = factory.cart({ items: [factory.item({ unitPrice: Money.of('1.00', 'EUR') })] });
      expect(() => cart.add(factory.product({ unitPrice: Money.of('1.00', 'USD') }), 1, 'x', NOW)).toThrow(
        CurrencyMismatchError,
      );
      expect(cart.items).toHaveLength(1);
    });

    it('lets the only line follow its product into another currency', () => {
      const existing = factory.item({ unitPrice: Money.of('1.00', 'EUR') });
      const cart = factory.cart({ items: [existing] });
      cart.add(factory.product({ productId: existing.productId, unitPrice: Money.of('2.00', 'USD') }), 1, 'x', NOW);
      expect(cart.currency).toBe('USD');
    });
  });

  describe('change quantity and remove', () => {
    it('sets a line’s quantity within the limits', () => {
      const item = factory.item({ quantity: 1 });
      const cart = factory.cart({ items: [item] });
      expect(cart.changeQuantity(item.id, 10).quantity).toBe(10);
      expect(() => cart.changeQuantity(item.id, 11)).toThrow(InvalidQuantityError);
      expect(() => cart.changeQuantity(item.id, 0)).toThrow(InvalidQuantityError);
      expect(cart.items[0]?.quantity).toBe(10);
    });

    it('removes a line', () => {
      const [kept, removed] = [factory.item(), factory.item()];
      const cart = factory.cart({ items: [kept, removed] });
      cart.remove(removed.id);
      expect(cart.items).toEqual([kept]);
    });

    it('knows only its own items, whatever the id', () => {
      const cart = factory.cart({ items: [factory.item()] });
      for (const id of [randomUUID(), 'not-a-uuid', '']) {
        expect(() => cart.changeQuantity(id, 1)).toThrow(CartItemNotFoundError);
        expect(() => cart.remove(id)).toThrow(CartItemNotFoundError);
      }
    });
  });

  describe('absorb (merge at sign-in)', () => {
    let ids: number;
    const newId = () => `merged-${(ids += 1)}`;

    beforeEach(() => {
      ids = 0;
    });

    it('sums the quantities of a product in both carts, capped at the line maximum, and adds the others', () => {
      const shared = factory.item({ quantity: 7 });
      const customer = factory.cart({ owner: factory.customer(), items: [shared] });
      const guestOnly = factory.item({ quantity: 2 });
      const guest = factory.cart({ items: [{ ...shared, id: randomUUID(), quantity: 6 }, guestOnly] });

      expect(customer.absorb(guest, newId)).toEqual({ merged: 2, leftOut: 0 });

      expect(customer.items).toEqual([
        { ...shared, quantity: MAX_QUANTITY_PER_LINE },
        { ...guestOnly, id: 'merged-1' },
      ]);
    });

    it('takes everything into an empty cart', () => {
      const items = [factory.item({ quantity: 2 }), factory.item({ quantity: 3 })];
      const customer = factory.cart({ owner: factory.customer() });
      customer.absorb(factory.cart({ items }), newId);
      expect(customer.itemCount).toBe(5);
      expect(customer.items.map((item) => item.productId)).toEqual(items.map((item) => item.productId));
    });

    it('leaves out lines in another currency and lines beyond the line limit', () => {
      const customer = factory.cart({ owner: factory.customer(), items: [factory.item()] });
      const usd = factory.item({ unitPrice: Money.of('5.00', 'USD') });
      expect(customer.absorb(factory.cart({ items: [usd] }), newId)).toEqual({ merged: 0, leftOut: 1 });

      const full = fullCart();
      const first = full.items[0];
      if (!first) throw new Error('no first line');
      const guest = factory.cart({ items: [factory.item(), { ...first, id: randomUUID(), quantity: 1 }] });
      expect(full.absorb(guest, newId)).toEqual({ merged: 1, leftOut: 1 });
      expect(full.items).toHaveLength(MAX_LINES_PER_CART);
      expect(full.items.find((item) => item.productId === first.productId)?.quantity).toBe(2);
    });
  });

  describe('expiry', () => {
    it(`expires ttl after its last change`, () => {
      const cart = Cart.open(randomUUID(), factory.guest(), NOW, TTL_MS);
      expect(cart.expiresAt).toEqual(new Date(NOW.getTime() + TTL_MS));
      expect(cart.isExpiredAt(new Date(NOW.getTime() + TTL_MS - 1))).toBe(false);
      expect(cart.isExpiredAt(new Date(NOW.getTime() + TTL_MS))).toBe(true);

      const later = new Date(NOW.getTime() + 3600_000);
      cart.touch(later, TTL_MS);
      expect(cart.updatedAt).toEqual(later);
      expect(cart.isExpiredAt(new Date(NOW.getTime() + TTL_MS))).toBe(false);
    });
  });
});
