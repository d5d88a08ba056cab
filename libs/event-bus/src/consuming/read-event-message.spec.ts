import { createEnvelope, ProductCreatedV1 } from '@shop/contracts';
import { readEventMessage } from './read-event-message';

const productCreated = () =>
  createEnvelope(
    ProductCreatedV1,
    {
      productId: '0b6a4a5e-3f4d-4c5b-9a61-2a7f1c3e8d90',
      sku: 'MUG-1',
      name: 'Mug',
      slug: 'mug',
      status: 'active',
      price: { amount: '9.90', currency: 'EUR' },
      categoryIds: [],
    },
    { correlationId: 'corr-1' },
  );

describe(readEventMessage.name, () => {
  it('reads the envelope an SNS raw delivery put in the body', () => {
    const envelope = productCreated();
    expect(readEventMessage(JSON.stringify(envelope))).toMatchObject({ ok: true, envelope });
  });

  it("reads the envelope from an EventBridge event's detail", () => {
    const envelope = productCreated();
    const body = JSON.stringify({
      version: '0',
      id: 'eb-1',
      'detail-type': envelope.type,
      source: envelope.source,
      account: '000000000000',
      time: envelope.time,
      region: 'us-east-1',
      resources: [],
      detail: envelope,
    });
    expect(readEventMessage(body)).toMatchObject({ ok: true, envelope });
  });

  it.each([
    ['not JSON', '{"id":', 'message body is not JSON'],
    ['no body', undefined, 'message has no body'],
    ['not an envelope', '{"hello":"world"}', 'invalid envelope'],
  ])('says why a body that is %s is unreadable', (_case, body, reason) => {
    const result = readEventMessage(body);
    expect(result.ok).toBe(false);
    expect(result).toMatchObject({ reason: expect.stringContaining(reason) as unknown });
  });

  it('refuses data that breaks the schema of its event type', () => {
    const envelope = { ...productCreated(), data: { sku: 'MUG-1' } };
    expect(readEventMessage(JSON.stringify(envelope))).toMatchObject({
      ok: false,
      reason: expect.stringContaining('invalid data of "catalog.product.created.v1"') as unknown,
    });
  });
});
