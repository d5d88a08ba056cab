import type { Message } from '@aws-sdk/client-sqs';
import { propagation, ROOT_CONTEXT, type Context } from '@opentelemetry/api';
import type { EventEnvelope } from '@shop/contracts';

// The header name the X-Ray propagator reads; SQS hands the same value over as the AWSTraceHeader system attribute.
const XRAY_HEADER = 'x-amzn-trace-id';

/**
 * The trace headers the producer left on a message, as a propagation carrier: `traceparent`/`tracestate`
 * from the SNS/SQS message attributes, else from the envelope's traceContext (EventBridge carries no
 * message attributes); the X-Ray header from SQS's AWSTraceHeader, else from the envelope.
 */
export function producerTraceCarrier(message: Message, envelope?: EventEnvelope): Record<string, string> {
  const attributes = message.MessageAttributes ?? {};
  const carrier: Record<string, string> = {};
  const traceparent = attributes['traceparent']?.StringValue ?? envelope?.traceContext?.traceparent;
  if (traceparent) {
    carrier['traceparent'] = traceparent;
    const tracestate = attributes['tracestate']?.StringValue ?? envelope?.traceContext?.tracestate;
    if (tracestate) carrier['tracestate'] = tracestate;
  }
  const xray = message.Attributes?.AWSTraceHeader ?? envelope?.traceContext?.xrayTraceHeader;
  if (xray) carrier[XRAY_HEADER] = xray;
  return carrier;
}

/**
 * The producer's span context, through the globally registered propagator (W3C and X-Ray in our
 * services), to parent the consumer's span. Without trace headers it is the root context: a new trace.
 */
export function producerContext(message: Message, envelope?: EventEnvelope): Context {
  return propagation.extract(ROOT_CONTEXT, producerTraceCarrier(message, envelope));
}
