import { ProductArchivedV1, ProductCreatedV1 } from './catalog';
import { createEnvelope, InvalidEventDataError } from './create-envelope';
import { parseEvent } from './parse-event';

const productId = '0b6a4a5e-3f4d-4c5b-9a61-2a7f1c3e8d90';
const traceparent = '00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01';

describe(createEnvelope.name, () => {
  it('wraps valid data in an envelope of the contract’s type, version and source', () => {
    const envelope = createEnvelope(
      ProductArchivedV1,
      { productId, sku: 'MUG-1' },
      { correlationId: 'corr-1', traceContext: { traceparent }, time: new Date('2026-12-04T10:00:00Z') },
    );
    expect(envelope.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(envelope).toEqual({
      id: envelope.id,
      type: 'catalog.product.archived.v1',
      version: 1,
      source: 'shop.catalog',
      time: '2026-12-04T10:00:00.000Z',
      correlationId: 'corr-1',
      traceContext: { traceparent },
      data: { productId, sku: 'MUG-1' },
    });
  });

  it('creates an envelope that parseEvent accepts', () => {
    const envelope = createEnvelope(ProductArchivedV1, { productId, sku: 'MUG-1' }, { correlationId: 'corr-1' });
    expect(parseEvent(JSON.stringify(envelope))).toEqual({ ok: true, envelope, contract: ProductArchivedV1 });
  });

  it('gives each envelope a new id unless one is given', () => {
    const options = { correlationId: 'corr-1' };
    const first = createEnvelope(ProductArchivedV1, { productId, sku: 'A' }, options);
    const second = createEnvelope(ProductArchivedV1, { productId, sku: 'A' }, options);
    expect(first.id).not.toBe(second.id);
    expect(createEnvelope(ProductArchivedV1, { productId, sku: 'A' }, { ...options, id: productId }).id).toBe(
      productId,
    );
  });

  it('omits the trace context when there is none', () => {
    const envelope = createEnvelope(ProductArchivedV1, { productId, sku: 'A' }, { correlationId: 'c' });
    expect(envelope).not.toHaveProperty('traceContext');
  });

  it('refuses data that breaks the contract, naming the field', () => {
    const invalid = { productId, sku: 'A', name: 'Mug', slug: 'mug', status: 'active', categoryIds: [] };
    // The price is missing: the compiler refuses it too, the cast stands for untyped callers.
    const create = () => createEnvelope(ProductCreatedV1, invalid as never, { correlationId: 'c' });
    expect(create).toThrow(InvalidEventDataError);
    expect(create).toThrow(/catalog\.product\.created\.v1.*price/);
  });
});
