import { z } from 'zod';
import { ProductArchivedV1, ProductPriceChangedV1 } from './catalog';
import { defineEvent } from './define-event';
import { EventRegistry } from './event-registry';
import { isEvent, parseEvent } from './parse-event';

const productId = '0b6a4a5e-3f4d-4c5b-9a61-2a7f1c3e8d90';

const envelope = (overrides: Record<string, unknown> = {}) => ({
  id: 'c1a2b3c4-d5e6-4f70-8a90-b1c2d3e4f5a6',
  type: 'catalog.product.price-changed.v1',
  version: 1,
  source: 'shop.catalog',
  time: '2026-12-04T10:00:00.000Z',
  correlationId: 'corr-1',
  traceContext: { traceparent: '00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01', tracestate: 'a=b' },
  data: {
    productId,
    sku: 'MUG-1',
    previousPrice: { amount: '9.90', currency: 'EUR' },
    price: { amount: '12.50', currency: 'EUR' },
  },
  ...overrides,
});

describe(parseEvent.name, () => {
  it('accepts a valid event given as JSON text and returns its contract', () => {
    const result = parseEvent(JSON.stringify(envelope()));
    expect(result).toEqual({ ok: true, envelope: envelope(), contract: ProductPriceChangedV1 });
  });

  it('accepts an already parsed object', () => {
    expect(parseEvent(envelope())).toMatchObject({ ok: true });
  });

  it('drops fields the contract does not know, so an additive change does not break older consumers', () => {
    const result = parseEvent(envelope({ data: { ...envelope().data, note: 'new field' } }));
    expect(result).toEqual(expect.objectContaining({ ok: true, envelope: envelope() }));
  });

  it.each<[string, unknown, RegExp]>([
    ['text that is not JSON', '{"id":', /not JSON/],
    ['an envelope without an id', { ...envelope(), id: undefined }, /invalid envelope: id/],
    ['an id that is not a UUID', envelope({ id: '42' }), /invalid envelope: id/],
    ['a time that is not ISO 8601', envelope({ time: 'yesterday' }), /invalid envelope: time/],
    ['an empty correlation id', envelope({ correlationId: '' }), /invalid envelope: correlationId/],
    ['a malformed traceparent', envelope({ traceContext: { traceparent: 'x' } }), /traceContext\.traceparent/],
    ['a type nobody declared', envelope({ type: 'catalog.product.deleted.v1' }), /unknown event type/],
    ['a version that is not the type’s', envelope({ version: 2 }), /is version 1, the envelope says 2/],
    ['a source that is not the type’s', envelope({ source: 'shop.order' }), /published by shop.catalog/],
    [
      'data that breaks the type’s schema',
      envelope({ data: { ...envelope().data, price: { amount: 12.5, currency: 'EUR' } } }),
      /invalid data of "catalog.product.price-changed.v1": price\.amount/,
    ],
  ])('refuses %s with a reason', (_case, raw, reason) => {
    const result = parseEvent(raw);
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.reason).toMatch(reason);
  });

  it('validates against the registry it is given', () => {
    const Pinged = defineEvent({
      type: 'test.ping.v1',
      version: 1,
      source: 'shop.test',
      description: 'test event',
      schema: z.object({ at: z.number() }),
    });
    const raw = envelope({ type: 'test.ping.v1', source: 'shop.test', data: { at: 1 } });
    expect(parseEvent(raw, new EventRegistry([Pinged]))).toMatchObject({ ok: true, contract: Pinged });
    expect(parseEvent(raw)).toMatchObject({ ok: false });
  });
});

describe(isEvent.name, () => {
  it('tells an envelope of the contract from others', () => {
    const result = parseEvent(envelope());
    if (!result.ok) throw new Error(result.reason);
    expect(isEvent(result.envelope, ProductPriceChangedV1)).toBe(true);
    expect(isEvent(result.envelope, ProductArchivedV1)).toBe(false);
  });
});
