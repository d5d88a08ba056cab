import { randomUUID } from 'node:crypto';
import { PublishCommand, SNSClient, type MessageAttributeValue } from '@aws-sdk/client-sns';
import { GetQueueAttributesCommand, SQSClient } from '@aws-sdk/client-sqs';
import { createEnvelope, OrderConfirmedV1, type EventEnvelope } from '@shop/contracts';
import { applyTopology, startLocalAws, type AppliedTopology, type LocalAws } from '@shop/local-aws';
import { countRows, freePort, startOtlpReceiver, type LogLine, type OtlpReceiver } from '@shop/testing';
import { messagingTopology } from '@shop/topology';
import { CartClient, type As, type CartBody } from './support/cart-client';
import { CatalogProducts, type CatalogProduct } from './support/catalog-products';
import { customerToken, startCart, startCatalog, type ServiceUnderTest } from './support/services-under-test';

// The built cart consuming its queue on the real local AWS endpoint (in this process), with the shop's
// topology applied under a prefix of its own: an order.confirmed.v1 published to the order-events topic
// reaches cart-order-events through the subscription's filter policy, as the order service's would.

const REGION = 'us-east-1';
const CREDENTIALS = { accessKeyId: 'test', secretAccessKey: 'test' };
const PREFIX = `t${randomUUID().slice(0, 8)}`;
const EMPTIED = 'order confirmed: cart emptied';

let aws: LocalAws;
let receiver: OtlpReceiver;
let applied: AppliedTopology;
let sns: SNSClient;
let sqs: SQSClient;
let catalog: ServiceUnderTest;
let cart: ServiceUnderTest;
let api: CartClient;
let product: CatalogProduct;

beforeAll(async () => {
  aws = await startLocalAws({ port: await freePort() });
  applied = await applyTopology(messagingTopology, { endpoint: aws.url, region: REGION, prefix: PREFIX });
  sns = new SNSClient({ endpoint: aws.url, region: REGION, credentials: CREDENTIALS });
  sqs = new SQSClient({ endpoint: aws.url, region: REGION, credentials: CREDENTIALS });
  catalog = await startCatalog();
  receiver = await startOtlpReceiver();
  cart = await startCart(catalog.url, {
    AWS_ENDPOINT_URL: aws.url,
    SHOP_RESOURCE_PREFIX: PREFIX,
    LOG_LEVEL: 'info',
    OTEL_SDK_DISABLED: 'false',
    OTEL_EXPORTER_OTLP_ENDPOINT: receiver.endpoint,
    OTEL_TRACES_SAMPLER_ARG: '1',
    OTEL_BSP_SCHEDULE_DELAY: '200',
  });
  api = new CartClient(cart.url);
  product = await new CatalogProducts(catalog.url).create({ price: { amount: '3.30', currency: 'EUR' } });
}, 120_000);

afterAll(async () => {
  await cart?.stop();
  await catalog?.stop();
  await receiver?.stop();
  sns?.destroy();
  sqs?.destroy();
  await aws?.stop();
}, 60_000);

jest.setTimeout(60_000);

const text = (value: string): MessageAttributeValue => ({ DataType: 'String', StringValue: value });

function orderConfirmed(cartId: string, customerId: string | null): EventEnvelope {
  return createEnvelope(
    OrderConfirmedV1,
    {
      orderId: randomUUID(),
      cartId,
      customer: { customerId, email: 'shopper@example.test' },
      total: { amount: '6.60', currency: 'EUR' },
    },
    { correlationId: randomUUID() },
  );
}

/**
 * Publishes as the order service's relay does: the envelope as the message, its type, id and correlation
 * id as attributes, and the trace context of the publishing span when given.
 */
async function publish(envelope: EventEnvelope, traceparent?: string): Promise<void> {
  await sns.send(
    new PublishCommand({
      TopicArn: applied.topics['order-events']?.arn,
      Message: JSON.stringify(envelope),
      MessageAttributes: {
        'shop.event.type': text(envelope.type),
        'shop.event.id': text(envelope.id),
        'shop.correlation.id': text(envelope.correlationId),
        ...(traceparent === undefined ? {} : { traceparent: text(traceparent) }),
      },
    }),
  );
}

/** The cart's log line for the handling of a delivery of `eventId` with this outcome. */
function handled(eventId: string, outcome: string): Promise<LogLine> {
  return cart.service.waitForLog(
    (line) => line['msg'] === EMPTIED && line['event_id'] === eventId && line['outcome'] === outcome,
    30_000,
  );
}

async function withItems(as: As, quantity: number): Promise<CartBody> {
  const response = await api.add(as, { productId: product.id, quantity });
  expect(response.status).toBe(201);
  return response.body as CartBody;
}

function inboxRows(eventId: string): Promise<number> {
  return countRows(cart.database.url, 'SELECT COUNT(*) AS total FROM inbox_events WHERE event_id = ?', [eventId]);
}

async function messagesIn(queue: string): Promise<number> {
  const { Attributes = {} } = await sqs.send(
    new GetQueueAttributesCommand({
      QueueUrl: applied.queues[queue]?.url,
      AttributeNames: ['ApproximateNumberOfMessages', 'ApproximateNumberOfMessagesNotVisible'],
    }),
  );
  return Number(Attributes.ApproximateNumberOfMessages) + Number(Attributes.ApproximateNumberOfMessagesNotVisible);
}

describe('order.confirmed.v1 on cart-order-events', () => {
  it('empties the guest cart the order was placed from; the cart itself stays', async () => {
    const cartToken = await api.guest();
    const before = await withItems({ cartToken }, 2);
    const event = orderConfirmed(before.id, null);

    await publish(event);
    await handled(event.id, 'emptied');

    expect(await api.cart({ cartToken })).toMatchObject({ id: before.id, items: [], itemCount: 0, subtotal: null });
  });

  it('handles the event in the trace of the order that published it, with the cart and customer on the span', async () => {
    const customerId = randomUUID();
    const bearer = await customerToken(customerId);
    const placed = await withItems({ bearer }, 1);
    const event = orderConfirmed(placed.id, customerId);
    const traceId = randomUUID().replace(/-/g, '');
    const parentSpanId = traceId.slice(0, 16);

    await publish(event, `00-${traceId}-${parentSpanId}-01`);
    const line = await handled(event.id, 'emptied');

    expect(line).toMatchObject({ trace_id: traceId, customer_id: customerId, cart_id: placed.id });
    const spans = await receiver.waitForSpans((received) =>
      received.some((span) => span.traceId === traceId && span.attributes['shop.cart.id'] === placed.id),
    );
    expect(spans.find((span) => span.traceId === traceId && span.parentSpanId === parentSpanId)).toMatchObject({
      kind: 5,
      attributes: { 'shop.event.id': event.id, 'shop.cart.id': placed.id, 'shop.customer.id': customerId },
    });
  });

  it('changes nothing when the same event is delivered again, even after the cart was filled again', async () => {
    const customerId = randomUUID();
    const bearer = await customerToken(customerId);
    const placed = await withItems({ bearer }, 1);
    const event = orderConfirmed(placed.id, customerId);
    await publish(event);
    const line = await handled(event.id, 'emptied');
    expect(line).toMatchObject({ cart_id: placed.id, customer_id: customerId });

    const refilled = await withItems({ bearer }, 3);
    await publish(event);
    await handled(event.id, 'already-handled');

    expect(await api.cart({ bearer })).toEqual(refilled);
    expect(await inboxRows(event.id)).toBe(1);
  });

  it('acknowledges an event whose cart is gone, without retrying or dead-lettering it', async () => {
    const event = orderConfirmed(randomUUID(), null);
    await publish(event);
    await handled(event.id, 'no-cart');

    const deadline = Date.now() + 10_000;
    while ((await messagesIn('cart-order-events')) > 0 && Date.now() < deadline) {
      await new Promise((done) => setTimeout(done, 200));
    }
    expect(await messagesIn('cart-order-events')).toBe(0);
    expect(await messagesIn('cart-order-events-dlq')).toBe(0);
  });
});
