import { type EventBridgeClient, PutEventsCommand } from '@aws-sdk/client-eventbridge';
import { context, SpanKind, trace } from '@opentelemetry/api';
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks';
import { BasicTracerProvider, InMemorySpanExporter, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-base';
import { createEnvelope, ProductPriceChangedV1 } from '@shop/contracts';
import { EventBridgeEventPublisher } from './eventbridge-event-publisher';
import type { OutboundEvent } from './event-publisher';

const location = { prefix: 't1', region: 'eu-west-1', accountId: '123456789012' };
const spans = new InMemorySpanExporter();

type Send = jest.Mock<Promise<unknown>, [PutEventsCommand]>;

beforeAll(() => {
  context.setGlobalContextManager(new AsyncLocalStorageContextManager().enable());
  trace.setGlobalTracerProvider(new BasicTracerProvider({ spanProcessors: [new SimpleSpanProcessor(spans)] }));
});

afterAll(() => {
  trace.disable();
  context.disable();
});

beforeEach(() => spans.reset());

const priceChange = (sku: string): OutboundEvent => ({
  envelope: createEnvelope(
    ProductPriceChangedV1,
    {
      productId: '0b6a4a5e-3f4d-4c5b-9a61-2a7f1c3e8d90',
      sku,
      previousPrice: { amount: '9.90', currency: 'EUR' },
      price: { amount: '12.50', currency: 'EUR' },
    },
    { correlationId: 'corr-1', time: new Date('2026-12-04T10:00:00.000Z') },
  ),
  destination: { kind: 'eventbridge', bus: 'shop-events' },
});

const publisherWith = (send: Send) => new EventBridgeEventPublisher({ send } as unknown as EventBridgeClient, location);

describe(EventBridgeEventPublisher.name, () => {
  it('puts the event on the bus: source, detail type, envelope detail and the X-Ray trace header', async () => {
    const send = jest
      .fn<Promise<unknown>, [PutEventsCommand]>()
      .mockResolvedValueOnce({ FailedEntryCount: 0, Entries: [{ EventId: 'eb-1' }] });
    const event = priceChange('MUG-1');

    const outcomes = await publisherWith(send).publish([event]);

    expect(outcomes).toEqual([{ published: true, messageId: 'eb-1' }]);
    const command = send.mock.calls[0]?.[0];
    expect(command).toBeInstanceOf(PutEventsCommand);
    const [span] = spans.getFinishedSpans();
    const { traceId, spanId } = span!.spanContext();
    const xrayTraceHeader = `Root=1-${traceId.slice(0, 8)}-${traceId.slice(8)};Parent=${spanId};Sampled=1`;
    expect(command!.input.Entries).toEqual([
      {
        EventBusName: 't1-shop-events',
        Source: 'shop.catalog',
        DetailType: 'catalog.product.price-changed.v1',
        Detail: JSON.stringify({
          ...event.envelope,
          traceContext: { traceparent: `00-${traceId}-${spanId}-01`, xrayTraceHeader },
        }),
        Time: new Date('2026-12-04T10:00:00.000Z'),
        TraceHeader: xrayTraceHeader,
      },
    ]);
    expect(span?.name).toBe('publish t1-shop-events');
    expect(span?.kind).toBe(SpanKind.PRODUCER);
    expect(span?.attributes).toMatchObject({ 'messaging.system': 'aws.eventbridge', 'messaging.message.id': 'eb-1' });
  });

  it('fails the entries PutEvents rejects and only those', async () => {
    const send = jest.fn<Promise<unknown>, [PutEventsCommand]>().mockResolvedValueOnce({
      FailedEntryCount: 1,
      Entries: [{ ErrorCode: 'InternalFailure', ErrorMessage: 'busy' }, { EventId: 'eb-2' }],
    });

    const outcomes = await publisherWith(send).publish([priceChange('A'), priceChange('B')]);

    expect(outcomes).toEqual([
      { published: false, error: 'InternalFailure: busy' },
      { published: true, messageId: 'eb-2' },
    ]);
  });

  it('fails an entry PutEvents returned no result for', async () => {
    const send = jest
      .fn<Promise<unknown>, [PutEventsCommand]>()
      .mockResolvedValueOnce({ FailedEntryCount: 0, Entries: [{ EventId: 'eb-1' }] });

    const outcomes = await publisherWith(send).publish([priceChange('A'), priceChange('B')]);

    expect(outcomes[1]).toEqual({ published: false, error: 'EventBridge returned no result for the entry' });
  });

  it('sends at most 10 entries a call', async () => {
    const send = jest.fn((command: PutEventsCommand) =>
      Promise.resolve({ FailedEntryCount: 0, Entries: (command.input.Entries ?? []).map(() => ({ EventId: 'x' })) }),
    );

    const outcomes = await publisherWith(send).publish(
      Array.from({ length: 12 }, (_, index) => priceChange(`S${index}`)),
    );

    expect(send).toHaveBeenCalledTimes(2);
    expect(outcomes.every((outcome) => outcome.published)).toBe(true);
  });
});
