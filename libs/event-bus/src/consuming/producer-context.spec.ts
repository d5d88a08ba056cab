import type { Message } from '@aws-sdk/client-sqs';
import { propagation, trace } from '@opentelemetry/api';
import { CompositePropagator, W3CTraceContextPropagator } from '@opentelemetry/core';
import { AWSXRayPropagator } from '@opentelemetry/propagator-aws-xray';
import type { EventEnvelope } from '@shop/contracts';
import { producerContext, producerTraceCarrier } from './producer-context';

const ATTRIBUTE_TRACE = { traceId: '0af7651916cd43dd8448eb211c80319c', spanId: 'b7ad6b7169203331' };
const ENVELOPE_TRACE = { traceId: '11111111111111111111111111111111', spanId: '2222222222222222' };
const XRAY_TRACE = { traceId: '5759e988bd862e3fe1be46a994272793', spanId: '53995c3f42cd8ad8' };

const traceparent = ({ traceId, spanId }: { traceId: string; spanId: string }) => `00-${traceId}-${spanId}-01`;

const envelopeWith = (traceContext?: EventEnvelope['traceContext']): EventEnvelope => ({
  id: 'c1a2b3c4-d5e6-4f70-8a90-b1c2d3e4f5a6',
  type: 'catalog.product.created.v1',
  version: 1,
  source: 'shop.catalog',
  time: '2026-12-04T10:00:00.000Z',
  correlationId: 'corr-1',
  ...(traceContext ? { traceContext } : {}),
  data: {},
});

const messageWith = (attributes: Record<string, string>, systemAttributes: Record<string, string> = {}): Message => ({
  MessageId: 'm-1',
  Body: '{}',
  MessageAttributes: Object.fromEntries(
    Object.entries(attributes).map(([name, value]) => [name, { DataType: 'String', StringValue: value }]),
  ),
  Attributes: systemAttributes,
});

function parentOf(message: Message, envelope?: EventEnvelope) {
  return trace.getSpanContext(producerContext(message, envelope));
}

describe(producerContext.name, () => {
  beforeAll(() => {
    // What the services' SDK registers: X-Ray first, W3C last, so a traceparent wins over an X-Ray header.
    propagation.setGlobalPropagator(
      new CompositePropagator({ propagators: [new AWSXRayPropagator(), new W3CTraceContextPropagator()] }),
    );
  });
  afterAll(() => propagation.disable());

  it('continues the trace of the traceparent message attribute (SNS and SQS)', () => {
    const parent = parentOf(messageWith({ traceparent: traceparent(ATTRIBUTE_TRACE) }), envelopeWith());
    expect(parent).toMatchObject({ ...ATTRIBUTE_TRACE, isRemote: true });
  });

  it('prefers the message attribute to the envelope', () => {
    const message = messageWith({ traceparent: traceparent(ATTRIBUTE_TRACE) });
    const parent = parentOf(message, envelopeWith({ traceparent: traceparent(ENVELOPE_TRACE) }));
    expect(parent).toMatchObject(ATTRIBUTE_TRACE);
  });

  it("falls back to the envelope's trace context (EventBridge carries no message attributes)", () => {
    const parent = parentOf(messageWith({}), envelopeWith({ traceparent: traceparent(ENVELOPE_TRACE) }));
    expect(parent).toMatchObject(ENVELOPE_TRACE);
  });

  it("reads SQS's AWSTraceHeader when there is no W3C context", () => {
    const header = `Root=1-${XRAY_TRACE.traceId.slice(0, 8)}-${XRAY_TRACE.traceId.slice(8)};Parent=${XRAY_TRACE.spanId};Sampled=1`;
    const parent = parentOf(messageWith({}, { AWSTraceHeader: header }));
    expect(parent).toMatchObject(XRAY_TRACE);
  });

  it('starts a new trace when the message carries no context', () => {
    expect(parentOf(messageWith({}))).toBeUndefined();
  });

  it('passes tracestate along with its traceparent', () => {
    const carrier = producerTraceCarrier(
      messageWith({ traceparent: traceparent(ATTRIBUTE_TRACE), tracestate: 'shop=1' }),
    );
    expect(carrier).toEqual({ traceparent: traceparent(ATTRIBUTE_TRACE), tracestate: 'shop=1' });
  });
});
