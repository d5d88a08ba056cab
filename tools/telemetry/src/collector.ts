import type { DatabaseSync } from 'node:sqlite';
import pino, { type Logger } from 'pino';
import { OtlpForwarder, type ForwardingStats } from './forwarding/otlp-forwarder';
import { TelemetryIngest } from './ingest/telemetry-ingest';
import { exportHandlers } from './receivers/export-handlers';
import { startGrpcReceiver } from './receivers/grpc-receiver';
import { startHttpReceiver } from './receivers/http-receiver';
import { Retention, scheduleRetention } from './store/retention';
import { openTelemetryDatabase } from './store/telemetry-database';

export interface TelemetryCollectorOptions {
  /** Default 127.0.0.1. */
  host?: string;
  /** 0 picks a free port. */
  grpcPort: number;
  httpPort: number;
  /** The SQLite file, or `:memory:`. */
  databasePath: string;
  retentionHours: number;
  maxBytes: number;
  /** OTLP/HTTP base URL to copy every stored export to. */
  forwardEndpoint?: string;
  /** Default: silent. */
  logger?: Logger;
}

export interface TelemetryCollector {
  readonly grpcPort: number;
  readonly httpPort: number;
  /** The open store, for the query API; closed by `stop()`. */
  readonly database: DatabaseSync;
  /** Undefined without forwarding. */
  forwardingStats(): ForwardingStats | undefined;
  stop(): Promise<void>;
}

/** Largest export accepted, over HTTP (after gunzip) and gRPC. */
export const MAX_EXPORT_BYTES = 16 * 1024 * 1024;
const RETENTION_INTERVAL_MS = 60_000;
const FORWARD_QUEUE_LENGTH = 1000;
const FORWARD_CONCURRENCY = 4;
const FORWARD_TIMEOUT_MS = 10_000;
const FORWARD_RETRY = { maxAttempts: 5, initialDelayMs: 1_000, maxDelayMs: 30_000 };

/** Opens the store, starts the retention sweep and the OTLP receivers (gRPC and HTTP). */
export async function startTelemetryCollector(options: TelemetryCollectorOptions): Promise<TelemetryCollector> {
  const logger = options.logger ?? pino({ level: 'silent' });
  const host = options.host ?? '127.0.0.1';
  const database = openTelemetryDatabase(options.databasePath);
  const stopRetention = scheduleRetention(
    new Retention(database, { retentionHours: options.retentionHours, maxBytes: options.maxBytes }),
    RETENTION_INTERVAL_MS,
    (error) => logger.error({ err: error }, 'retention sweep failed'),
  );
  const forwarder = options.forwardEndpoint
    ? new OtlpForwarder({
        endpoint: options.forwardEndpoint,
        maxQueued: FORWARD_QUEUE_LENGTH,
        concurrency: FORWARD_CONCURRENCY,
        timeoutMs: FORWARD_TIMEOUT_MS,
        retry: FORWARD_RETRY,
        logger,
      })
    : undefined;
  const handlers = exportHandlers(
    new TelemetryIngest(database),
    forwarder && ((signal, body) => forwarder.enqueue(signal, body)),
  );
  const grpc = await startGrpcReceiver(handlers, {
    host,
    port: options.grpcPort,
    maxMessageBytes: MAX_EXPORT_BYTES,
    logger,
  });
  const http = await startHttpReceiver(handlers, {
    host,
    port: options.httpPort,
    maxBodyBytes: MAX_EXPORT_BYTES,
    logger,
  });
  return {
    grpcPort: grpc.port,
    httpPort: http.port,
    database,
    forwardingStats: () => forwarder?.counts(),
    stop: async () => {
      await Promise.all([grpc.stop(), http.stop()]);
      await forwarder?.drain();
      stopRetention();
      database.close();
    },
  };
}
