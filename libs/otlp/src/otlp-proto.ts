// The 0.200 transformer is the last to ship this generated protobufjs module (later ones dropped it), hence the npm alias.
import generated from 'otlp-proto-0200/build/src/generated/root.js';
import type { ExportLogsServiceRequest, ExportMetricsServiceRequest, ExportTraceServiceRequest } from './otlp-messages';

interface Writer {
  finish(): Uint8Array;
}

interface RequestType<T> {
  decode(bytes: Uint8Array): T;
  /** Builds a message from a plain object in protobufjs' JSON form (bytes as base64 or byte arrays). */
  fromObject(object: unknown): T;
  encode(message: T): Writer;
}

interface ResponseType {
  encode(message: object): Writer;
}

/** One signal's Export request and response types. */
export interface ExportMessages<Request> {
  request: RequestType<Request>;
  response: ResponseType;
}

type ServiceTypes<Request, RequestName extends string, ResponseName extends string> = {
  v1: Record<RequestName, RequestType<Request>> & Record<ResponseName, ResponseType>;
};

/** The part of the generated protobufjs root used here: the collector services' export messages. */
interface OtlpProtoRoot {
  opentelemetry: {
    proto: {
      collector: {
        trace: ServiceTypes<ExportTraceServiceRequest, 'ExportTraceServiceRequest', 'ExportTraceServiceResponse'>;
        metrics: ServiceTypes<
          ExportMetricsServiceRequest,
          'ExportMetricsServiceRequest',
          'ExportMetricsServiceResponse'
        >;
        logs: ServiceTypes<ExportLogsServiceRequest, 'ExportLogsServiceRequest', 'ExportLogsServiceResponse'>;
      };
    };
  };
}

const collector = (generated as unknown as OtlpProtoRoot).opentelemetry.proto.collector;

export const traceMessages: ExportMessages<ExportTraceServiceRequest> = {
  request: collector.trace.v1.ExportTraceServiceRequest,
  response: collector.trace.v1.ExportTraceServiceResponse,
};
export const metricsMessages: ExportMessages<ExportMetricsServiceRequest> = {
  request: collector.metrics.v1.ExportMetricsServiceRequest,
  response: collector.metrics.v1.ExportMetricsServiceResponse,
};
export const logsMessages: ExportMessages<ExportLogsServiceRequest> = {
  request: collector.logs.v1.ExportLogsServiceRequest,
  response: collector.logs.v1.ExportLogsServiceResponse,
};
