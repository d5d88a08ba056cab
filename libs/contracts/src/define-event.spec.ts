import { z } from 'zod';
import { defineEvent } from './define-event';
import { EventRegistry } from './event-registry';
import { shopEvents } from './shop-events';

const contract = (type: string, version: number) =>
  defineEvent({ type, version, source: 'shop.test', description: 'test', schema: z.object({}) });

describe(defineEvent.name, () => {
  it('refuses a type string that does not end in its version', () => {
    expect(() => contract('test.thing.happened.v1', 2)).toThrow('must end in ".v2"');
  });

  it('accepts a type string ending in its version', () => {
    expect(contract('test.thing.happened.v2', 2).type).toBe('test.thing.happened.v2');
  });
});

describe(EventRegistry.name, () => {
  it('refuses a type declared twice', () => {
    expect(() => new EventRegistry([contract('a.b.v1', 1), contract('a.b.v1', 1)])).toThrow('declared twice');
  });
});

describe('shopEvents', () => {
  it('holds the catalog’s product events, each documented and published by shop.catalog', () => {
    expect(shopEvents.all().map((event) => event.type)).toEqual([
      'catalog.product.created.v1',
      'catalog.product.updated.v1',
      'catalog.product.price-changed.v1',
      'catalog.product.archived.v1',
    ]);
    for (const event of shopEvents.all()) {
      expect(event.source).toBe('shop.catalog');
      expect(event.description.length).toBeGreaterThan(10);
    }
  });
});
