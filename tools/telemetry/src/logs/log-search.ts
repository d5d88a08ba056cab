import type { DatabaseSync, SQLInputValue } from 'node:sqlite';
import { LOG_LEVELS, type LogLevel, MIN_SEVERITY_NUMBER } from './log-levels';
import { LOG_COLUMNS, type LogRow, type LogView, logViewOf } from './log-views';

export interface LogSearch {
  service?: string | undefined;
  /** The minimum level: trace < debug < info < warn < error < fatal. */
  level?: LogLevel | undefined;
  /** A substring of the body, case-insensitive (for ASCII letters, as SQLite's LIKE). */
  text?: string | undefined;
  traceId?: string | undefined;
  spanId?: string | undefined;
  fromUs: number;
  toUs: number;
  limit: number;
}

/** The newest log records in [fromUs, toUs] that pass every given condition. */
export function searchLogs(db: DatabaseSync, search: LogSearch): LogView[] {
  const conditions = ['time_us >= ?', 'time_us <= ?'];
  const parameters: SQLInputValue[] = [search.fromUs, search.toUs];
  if (search.service) {
    conditions.push('service = ?');
    parameters.push(search.service);
  }
  if (search.level) {
    // A record sent with a severity text but no number (0) is judged by its text.
    const levels = LOG_LEVELS.slice(LOG_LEVELS.indexOf(search.level));
    conditions.push(
      `(severity_number >= ? OR (severity_number = 0 AND severity_text IN (${levels.map(() => '?').join(', ')})))`,
    );
    parameters.push(MIN_SEVERITY_NUMBER[search.level], ...levels);
  }
  if (search.text) {
    conditions.push("body LIKE ? ESCAPE '\\'");
    parameters.push(`%${search.text.replace(/[\\%_]/g, (char) => `\\${char}`)}%`);
  }
  if (search.traceId) {
    conditions.push('trace_id = ?');
    parameters.push(search.traceId.toLowerCase());
  }
  if (search.spanId) {
    conditions.push('span_id = ?');
    parameters.push(search.spanId.toLowerCase());
  }
  const rows = db
    .prepare(`SELECT ${LOG_COLUMNS} FROM logs WHERE ${conditions.join(' AND ')} ORDER BY time_us DESC LIMIT ?`)
    .all(...parameters, search.limit) as unknown as LogRow[];
  return rows.map(logViewOf);
}
