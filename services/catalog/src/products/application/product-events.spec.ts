import { type EventEnvelope, parseEvent } from '@shop/contracts';
import type { OutboxWriter } from '@shop/event-bus';
import type { EntityManager } from 'typeorm';
import { factory } from '../../testing/factories';
import { strictMock } from '@shop/testing/jest';
import { Money } from '../domain/money';
import { PRODUCT_EVENT_DESTINATIONS, ProductEvents } from './product-events';

const MANAGER = {} as EntityManager;

describe(ProductEvents.name, () => {
  let outbox: jest.Mocked<OutboxWriter>;
  let events: ProductEvents;

  beforeEach(() => {
    outbox = strictMock<OutboxWriter>('outbox');
    outbox.append.mockResolvedValue();
    events = new ProductEvents(outbox);
  });

  function appended(): EventEnvelope[] {
    for (const [manager, , destinations] of outbox.append.mock.calls) {
      expect(manager).toBe(MANAGER);
      expect(destinations).toEqual(PRODUCT_EVENT_DESTINATIONS);
    }
    return outbox.append.mock.calls.map(([, envelope]) => envelope);
  }

  it('appends a valid created event with the product and the correlation id, to the topic and the bus', async () => {
    const product = factory.product({ price: Money.of('12.5', 'EUR') });

    await events.created(product, 'req-1')(MANAGER);

    const [created] = appended();
    expect(parseEvent(created).ok).toBe(true);
    expect(created).toMatchObject({
      type: 'catalog.product.created.v1',
      correlationId: 'req-1',
      data: { productId: product.id, sku: product.sku, price: { amount: '12.50', currency: 'EUR' } },
    });
    expect(PRODUCT_EVENT_DESTINATIONS).toEqual([
      { kind: 'sns', topic: 'catalog-events' },
      { kind: 'eventbridge', bus: 'shop-events' },
    ]);
  });

  it('adds price-changed to updated when the price changes', async () => {
    const before = factory.product({ price: Money.of('9.90', 'EUR') });
    const after = { ...before, name: 'Renamed', price: Money.of('12.50', 'EUR') };

    await events.changed([{ before, after }], 'req-2')(MANAGER);

    const [updated, priceChanged] = appended();
    expect(updated).toMatchObject({ type: 'catalog.product.updated.v1', data: { changedFields: ['name', 'price'] } });
    expect(priceChanged).toMatchObject({
      type: 'catalog.product.price-changed.v1',
      correlationId: 'req-2',
      data: { previousPrice: { amount: '9.90', currency: 'EUR' }, price: { amount: '12.50', currency: 'EUR' } },
    });
    expect(appended()).toHaveLength(2);
  });

  it('adds archived to updated for each product that became archived, and nothing for an unchanged one', async () => {
    const active = factory.product({ status: 'active' });
    const archived = factory.product({ status: 'archived' });

    await events.changed(
      [
        { before: active, after: { ...active, status: 'archived' } },
        { before: archived, after: archived },
      ],
      'req-3',
    )(MANAGER);

    expect(appended().map((envelope) => [envelope.type, (envelope.data as { productId: string }).productId])).toEqual([
      ['catalog.product.updated.v1', active.id],
      ['catalog.product.archived.v1', active.id],
    ]);
  });
});
