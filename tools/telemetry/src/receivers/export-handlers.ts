import type { TelemetryIngest } from '../ingest/telemetry-ingest';
import {
  logsSignal,
  metricsSignal,
  tracesSignal,
  type ExportOutcome,
  type OtlpSignal,
  type SignalName,
} from '../otlp/otlp-signals';

export type BodyFormat = 'protobuf' | 'json';

/** Hands each stored request on (as protobuf), for forwarding. */
export type ExportListener = (signal: SignalName, protobufBody: Uint8Array) => void;

/** One signal's export, whichever receiver it came through. */
export interface ExportHandler {
  readonly signal: SignalName;
  readonly grpcPath: string;
  /** Decodes (throwing OtlpDecodeError when it cannot), stores, and tells the listener. */
  handle(body: Uint8Array, format: BodyFormat): ExportOutcome;
  encodeResponse(outcome: ExportOutcome): Uint8Array;
  responseJson(outcome: ExportOutcome): Record<string, unknown>;
}

export function exportHandlers(ingest: TelemetryIngest, onStored?: ExportListener): ExportHandler[] {
  return [
    handlerFor(tracesSignal, (request) => ingest.traces(request), onStored),
    handlerFor(metricsSignal, (request) => ingest.metrics(request), onStored),
    handlerFor(logsSignal, (request) => ingest.logs(request), onStored),
  ];
}

function handlerFor<Request>(
  signal: OtlpSignal<Request>,
  store: (request: Request) => ExportOutcome,
  onStored: ExportListener | undefined,
): ExportHandler {
  return {
    signal: signal.name,
    grpcPath: signal.grpcPath,
    handle: (body, format) => {
      const request =
        format === 'json' ? signal.decodeJson(Buffer.from(body).toString('utf8')) : signal.decodeProtobuf(body);
      const outcome = store(request);
      onStored?.(signal.name, format === 'json' ? signal.encodeRequest(request) : body);
      return outcome;
    },
    encodeResponse: (outcome) => signal.encodeResponse(outcome),
    responseJson: (outcome) => signal.responseJson(outcome),
  };
}
