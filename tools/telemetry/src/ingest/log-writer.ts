import type { DatabaseSync, StatementSync } from 'node:sqlite';
import type { LogRow } from '../otlp/rows';

export class LogWriter {
  private readonly insert: StatementSync;

  constructor(database: DatabaseSync) {
    this.insert = database.prepare(
      `INSERT INTO logs (time_us, service, severity_number, severity_text, body, trace_id, span_id, attributes, resource)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
  }

  /** Call inside a transaction. */
  write(logs: LogRow[]): void {
    for (const log of logs) {
      this.insert.run(
        log.timeUs,
        log.service,
        log.severityNumber,
        log.severityText,
        log.body,
        log.traceId,
        log.spanId,
        log.attributes,
        log.resource,
      );
    }
  }
}
