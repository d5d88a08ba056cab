import type { DatabaseSync } from 'node:sqlite';
import type { ExportLogsServiceRequest, ExportMetricsServiceRequest, ExportTraceServiceRequest } from '@shop/otlp';
import { normalizeLogs } from '../otlp/normalize-logs';
import { normalizeMetrics } from '../otlp/normalize-metrics';
import { normalizeTraces } from '../otlp/normalize-traces';
import type { ExportOutcome } from '../otlp/otlp-signals';
import { LogWriter } from './log-writer';
import { MetricWriter } from './metric-writer';
import { SpanWriter } from './span-writer';
import { inTransaction } from './transaction';

/** Stores decoded export requests, one transaction each, and says what of each was rejected. */
export class TelemetryIngest {
  private readonly spans: SpanWriter;
  private readonly metricPoints: MetricWriter;
  private readonly logRecords: LogWriter;

  constructor(
    private readonly database: DatabaseSync,
    private readonly nowUs: () => number = () => Date.now() * 1000,
  ) {
    this.spans = new SpanWriter(database);
    this.metricPoints = new MetricWriter(database);
    this.logRecords = new LogWriter(database);
  }

  traces(request: ExportTraceServiceRequest): ExportOutcome {
    const { rows, ...outcome } = normalizeTraces(request);
    if (rows.length > 0) inTransaction(this.database, () => this.spans.write(rows));
    return outcome;
  }

  metrics(request: ExportMetricsServiceRequest): ExportOutcome {
    const { rows, ...outcome } = normalizeMetrics(request);
    if (rows.length > 0) inTransaction(this.database, () => this.metricPoints.write(rows));
    return outcome;
  }

  logs(request: ExportLogsServiceRequest): ExportOutcome {
    const { rows, ...outcome } = normalizeLogs(request, this.nowUs());
    if (rows.length > 0) inTransaction(this.database, () => this.logRecords.write(rows));
    return outcome;
  }
}
