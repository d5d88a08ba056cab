import { PublishBatchCommand, type PublishBatchCommandInput, type SNSClient } from '@aws-sdk/client-sns';
import { context, SpanKind, SpanStatusCode, trace } from '@opentelemetry/api';
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks';
import { BasicTracerProvider, InMemorySpanExporter, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-base';
import { createEnvelope, type EventEnvelope, ProductArchivedV1 } from '@shop/contracts';
import type { OutboundEvent } from './event-publisher';
import { SnsEventPublisher } from './sns-event-publisher';

const location = { prefix: 't1', region: 'eu-west-1', accountId: '123456789012' };
const writerTraceparent = '00-5759e988bd862e3fe1be46a994272793-53995c3f42cd8ad8-01';
const spans = new InMemorySpanExporter();

type Send = jest.Mock<Promise<unknown>, [PublishBatchCommand]>;

beforeAll(() => {
  context.setGlobalContextManager(new AsyncLocalStorageContextManager().enable());
  trace.setGlobalTracerProvider(new BasicTracerProvider({ spanProcessors: [new SimpleSpanProcessor(spans)] }));
});

afterAll(() => {
  trace.disable();
  context.disable();
});

beforeEach(() => spans.reset());

const envelope = (sku: string): EventEnvelope =>
  createEnvelope(
    ProductArchivedV1,
    { productId: '0b6a4a5e-3f4d-4c5b-9a61-2a7f1c3e8d90', sku },
    { correlationId: `corr-${sku}`, traceContext: { traceparent: writerTraceparent } },
  );

const toTopic = (sku: string, topic = 'catalog-events'): OutboundEvent => ({
  envelope: envelope(sku),
  destination: { kind: 'sns', topic },
});

function publisherWith(send: Send) {
  return new SnsEventPublisher({ send } as unknown as SNSClient, location);
}

function sentInput(send: Send, call = 0): PublishBatchCommandInput {
  const command = send.mock.calls[call]?.[0];
  expect(command).toBeInstanceOf(PublishBatchCommand);
  return command!.input;
}

describe(SnsEventPublisher.name, () => {
  it('publishes the envelope with type, id, correlation and trace attributes to the topic’s ARN', async () => {
    const send = jest
      .fn<Promise<unknown>, [PublishBatchCommand]>()
      .mockResolvedValueOnce({ Successful: [{ Id: 'e0', MessageId: 'sns-1' }], Failed: [] });
    const event = toTopic('MUG-1');

    const outcomes = await publisherWith(send).publish([event]);

    expect(outcomes).toEqual([{ published: true, messageId: 'sns-1' }]);
    expect(send).toHaveBeenCalledTimes(1);
    const input = sentInput(send);
    expect(input.TopicArn).toBe('arn:aws:sns:eu-west-1:123456789012:t1-catalog-events');
    const [entry] = input.PublishBatchRequestEntries ?? [];
    const [span] = spans.getFinishedSpans();
    const producerTraceparent = `00-${span?.spanContext().traceId}-${span?.spanContext().spanId}-01`;
    expect(entry?.MessageAttributes).toEqual({
      'shop.event.type': { DataType: 'String', StringValue: 'catalog.product.archived.v1' },
      'shop.event.id': { DataType: 'String', StringValue: event.envelope.id },
      'shop.correlation.id': { DataType: 'String', StringValue: 'corr-MUG-1' },
      traceparent: { DataType: 'String', StringValue: producerTraceparent },
    });
    const published = JSON.parse(entry?.Message ?? '') as EventEnvelope;
    expect(published).toEqual({
      ...event.envelope,
      traceContext: { ...published.traceContext, traceparent: producerTraceparent },
    });
    expect(published.traceContext?.xrayTraceHeader).toMatch(/^Root=1-5759e988-bd862e3fe1be46a994272793;Parent=/);
  });

  it('makes one PRODUCER span per event, a child of the span that wrote it', async () => {
    const send = jest
      .fn<Promise<unknown>, [PublishBatchCommand]>()
      .mockResolvedValueOnce({ Successful: [{ Id: 'e0', MessageId: 'sns-1' }], Failed: [] });

    await publisherWith(send).publish([toTopic('MUG-1')]);

    const [span] = spans.getFinishedSpans();
    expect(span?.name).toBe('publish t1-catalog-events');
    expect(span?.kind).toBe(SpanKind.PRODUCER);
    expect(span?.spanContext().traceId).toBe('5759e988bd862e3fe1be46a994272793');
    expect(span?.parentSpanContext?.spanId).toBe('53995c3f42cd8ad8');
    expect(span?.attributes).toMatchObject({
      'messaging.system': 'aws_sns',
      'messaging.destination.name': 't1-catalog-events',
      'messaging.operation.type': 'send',
      'messaging.message.id': 'sns-1',
      'shop.event.type': 'catalog.product.archived.v1',
    });
  });

  it('fails only the entries SNS rejects, with its reason, and marks their spans failed', async () => {
    const send = jest.fn<Promise<unknown>, [PublishBatchCommand]>().mockResolvedValueOnce({
      Successful: [{ Id: 'e0', MessageId: 'sns-1' }],
      Failed: [{ Id: 'e1', Code: 'InternalError', Message: 'try again', SenderFault: false }],
    });

    const outcomes = await publisherWith(send).publish([toTopic('A'), toTopic('B')]);

    expect(outcomes).toEqual([
      { published: true, messageId: 'sns-1' },
      { published: false, error: 'InternalError: try again' },
    ]);
    const statuses = spans.getFinishedSpans().map((span) => span.status.code);
    expect(statuses.sort()).toEqual([SpanStatusCode.UNSET, SpanStatusCode.ERROR].sort());
  });

  it('fails every event of a call that throws', async () => {
    const send = jest
      .fn<Promise<unknown>, [PublishBatchCommand]>()
      .mockRejectedValueOnce(new Error('connect ECONNREFUSED'));

    const outcomes = await publisherWith(send).publish([toTopic('A'), toTopic('B')]);

    expect(outcomes).toEqual([
      { published: false, error: 'connect ECONNREFUSED' },
      { published: false, error: 'connect ECONNREFUSED' },
    ]);
  });

  it('batches per topic, at most 10 entries a call, and keeps outcomes in the order given', async () => {
    const send = jest.fn((command: PublishBatchCommand) =>
      Promise.resolve({
        Successful: (command.input.PublishBatchRequestEntries ?? []).map((entry) => ({
          Id: entry.Id,
          MessageId: `${command.input.TopicArn?.split(':').pop()}/${entry.Id}`,
        })),
        Failed: [],
      }),
    );
    const events = [
      ...Array.from({ length: 11 }, (_, index) => toTopic(`A${index}`, 'a-events')),
      toTopic('B0', 'b-events'),
    ];

    const outcomes = await publisherWith(send).publish(events);

    expect(send).toHaveBeenCalledTimes(3);
    expect(send.mock.calls.map(([command]) => (command.input.PublishBatchRequestEntries ?? []).length).sort()).toEqual([
      1, 1, 10,
    ]);
    expect(outcomes[10]).toEqual({ published: true, messageId: 't1-a-events/e10' });
    expect(outcomes[11]).toEqual({ published: true, messageId: 't1-b-events/e11' });
  });

  it('refuses an event for another kind of destination without calling SNS', async () => {
    const send: Send = jest.fn<Promise<unknown>, [PublishBatchCommand]>();

    const outcomes = await publisherWith(send).publish([
      { envelope: envelope('A'), destination: { kind: 'eventbridge', bus: 'shop-events' } },
    ]);

    expect(outcomes).toEqual([{ published: false, error: 'not an SNS destination' }]);
    expect(send).not.toHaveBeenCalled();
  });
});
