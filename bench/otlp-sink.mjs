// A stand-in collector for benchmarks: accepts OTLP/gRPC traces, metrics and logs, decodes them as a
// collector would, counts them and keeps nothing, so memory stays flat over long runs.
import { createRequire } from 'node:module';
import * as grpc from '@grpc/grpc-js';

const require = createRequire(import.meta.url);
const root = require('otlp-proto-0200/build/src/generated/root.js');
const collector = root.opentelemetry.proto.collector;

const counts = { spans: 0, metricExports: 0, logRecords: 0 };
// An empty Export*ServiceResponse encodes to zero bytes.
const emptyResponse = () => Buffer.alloc(0);

const server = new grpc.Server();
server.register(
  '/opentelemetry.proto.collector.trace.v1.TraceService/Export',
  (call, callback) => {
    for (const resourceSpans of call.request.resourceSpans ?? [])
      for (const scopeSpans of resourceSpans.scopeSpans ?? []) counts.spans += scopeSpans.spans?.length ?? 0;
    callback(null, {});
  },
  emptyResponse,
  (buffer) => collector.trace.v1.ExportTraceServiceRequest.decode(buffer),
  'unary',
);
server.register(
  '/opentelemetry.proto.collector.metrics.v1.MetricsService/Export',
  (_call, callback) => {
    counts.metricExports += 1;
    callback(null, {});
  },
  emptyResponse,
  (buffer) => collector.metrics.v1.ExportMetricsServiceRequest.decode(buffer),
  'unary',
);

server.register(
  '/opentelemetry.proto.collector.logs.v1.LogsService/Export',
  (call, callback) => {
    for (const resourceLogs of call.request.resourceLogs ?? [])
      for (const scopeLogs of resourceLogs.scopeLogs ?? []) counts.logRecords += scopeLogs.logRecords?.length ?? 0;
    callback(null, {});
  },
  emptyResponse,
  (buffer) => collector.logs.v1.ExportLogsServiceRequest.decode(buffer),
  'unary',
);

const port = Number(process.argv[2] ?? 0);
server.bindAsync(`127.0.0.1:${port}`, grpc.ServerCredentials.createInsecure(), (error, bound) => {
  if (error) throw error;
  process.stdout.write(`${JSON.stringify({ listening: bound })}\n`);
});
process.on('SIGTERM', () => {
  process.stdout.write(`${JSON.stringify(counts)}\n`);
  server.forceShutdown();
  process.exit(0);
});
