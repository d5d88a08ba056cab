import {
  logsMessages,
  metricsMessages,
  traceMessages,
  type ExportLogsServiceRequest,
  type ExportMessages,
  type ExportMetricsServiceRequest,
  type ExportTraceServiceRequest,
} from '@shop/otlp';
import { isObject, itemsAt, rewriteIds } from './otlp-json';

export type SignalName = 'traces' | 'metrics' | 'logs';

/** What an export answered: how many items were refused and why (partial_success). */
export interface ExportOutcome {
  rejected: number;
  errorMessage: string;
}

/** A body that is not an export request of the signal: the receivers answer 400 / INVALID_ARGUMENT. */
export class OtlpDecodeError extends Error {
  override readonly name = 'OtlpDecodeError';
}

/** How one signal's export requests and responses are read and written, in protobuf and OTLP/JSON. */
export interface OtlpSignal<Request> {
  readonly name: SignalName;
  /** The gRPC method (`/opentelemetry.proto.collector.trace.v1.TraceService/Export`). */
  readonly grpcPath: string;
  decodeProtobuf(bytes: Uint8Array): Request;
  decodeJson(text: string): Request;
  encodeRequest(request: Request): Uint8Array;
  encodeResponse(outcome: ExportOutcome): Uint8Array;
  responseJson(outcome: ExportOutcome): Record<string, unknown>;
}

interface SignalDefinition<Request> {
  name: SignalName;
  /** The gRPC service (`trace.v1.TraceService`). */
  service: string;
  messages: ExportMessages<Request>;
  /** The partial_success field counting refused items. */
  rejectedField: 'rejectedSpans' | 'rejectedDataPoints' | 'rejectedLogRecords';
  /** Turns the hex ids of an OTLP/JSON request into bytes (in place). */
  rewriteJsonIds(request: Record<string, unknown>): void;
}

function defineSignal<Request>(definition: SignalDefinition<Request>): OtlpSignal<Request> {
  const { request: requestType, response: responseType } = definition.messages;
  // An export that took everything answers without partial_success (zero bytes in protobuf, {} in JSON).
  const partialSuccess = (outcome: ExportOutcome, rejected: number | string) =>
    outcome.rejected > 0 || outcome.errorMessage
      ? { partialSuccess: { [definition.rejectedField]: rejected, errorMessage: outcome.errorMessage } }
      : {};
  return {
    name: definition.name,
    grpcPath: `/opentelemetry.proto.collector.${definition.service}/Export`,
    decodeProtobuf: (bytes) => {
      try {
        return requestType.decode(bytes);
      } catch (error) {
        throw new OtlpDecodeError(`Not a protobuf ${definition.name} export request: ${messageOf(error)}`);
      }
    },
    decodeJson: (text) => {
      let parsed: unknown;
      try {
        parsed = JSON.parse(text);
      } catch (error) {
        throw new OtlpDecodeError(`Not JSON: ${messageOf(error)}`);
      }
      if (!isObject(parsed)) throw new OtlpDecodeError(`A ${definition.name} export request must be a JSON object`);
      definition.rewriteJsonIds(parsed);
      try {
        return requestType.fromObject(parsed);
      } catch (error) {
        throw new OtlpDecodeError(`Not an OTLP/JSON ${definition.name} export request: ${messageOf(error)}`);
      }
    },
    encodeRequest: (request) => requestType.encode(request).finish(),
    encodeResponse: (outcome) => responseType.encode(partialSuccess(outcome, outcome.rejected)).finish(),
    // proto3 JSON writes 64-bit integers as strings.
    responseJson: (outcome) => partialSuccess(outcome, String(outcome.rejected)),
  };
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

const ID_FIELDS = ['traceId', 'spanId'] as const;

export const tracesSignal = defineSignal<ExportTraceServiceRequest>({
  name: 'traces',
  service: 'trace.v1.TraceService',
  messages: traceMessages,
  rejectedField: 'rejectedSpans',
  rewriteJsonIds: (request) => {
    const spans = itemsAt(request.resourceSpans, ['scopeSpans', 'spans']);
    rewriteIds(spans, [...ID_FIELDS, 'parentSpanId']);
    rewriteIds(itemsAt(spans, ['links']), ID_FIELDS);
  },
});

export const metricsSignal = defineSignal<ExportMetricsServiceRequest>({
  name: 'metrics',
  service: 'metrics.v1.MetricsService',
  messages: metricsMessages,
  rejectedField: 'rejectedDataPoints',
  rewriteJsonIds: (request) => {
    const metrics = itemsAt(request.resourceMetrics, ['scopeMetrics', 'metrics']);
    for (const data of ['sum', 'gauge', 'histogram', 'exponentialHistogram']) {
      const points = itemsAt(
        metrics.map((metric) => (isObject(metric) ? metric[data] : undefined)),
        ['dataPoints'],
      );
      rewriteIds(itemsAt(points, ['exemplars']), ID_FIELDS);
    }
  },
});

export const logsSignal = defineSignal<ExportLogsServiceRequest>({
  name: 'logs',
  service: 'logs.v1.LogsService',
  messages: logsMessages,
  rejectedField: 'rejectedLogRecords',
  rewriteJsonIds: (request) => rewriteIds(itemsAt(request.resourceLogs, ['scopeLogs', 'logRecords']), ID_FIELDS),
});
