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
  it('holds the events of the catalog, the order saga and inventory, each documented', () => {
    expect(shopEvents.all().map((event) => event.type)).toEqual([
      'catalog.product.created.v1',
      'catalog.product.updated.v1',
      'catalog.product.price-changed.v1',
      'catalog.product.archived.v1',
      'order.placed.v1',
      'order.confirmed.v1',
      'order.rejected.v1',
      'order.cancelled.v1',
      'inventory.stock.reserved.v1',
      'inventory.stock.reservation-failed.v1',
      'inventory.stock.status-changed.v1',
      'inventory.stock.low-stock-detected.v1',
    ]);
    for (const event of shopEvents.all()) expect(event.description.length).toBeGreaterThan(10);
  });

  it('names each event after the service that publishes it', () => {
    for (const event of shopEvents.all()) {
      expect(event.source).toBe(`shop.${event.type.split('.')[0]}`);
    }
  });
});
