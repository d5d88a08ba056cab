import {
  anyValueToJs,
  attributesToRecord,
  idToHex,
  nanosToMicros,
  type ExportLogsServiceRequest,
  type OtlpAnyValue,
  type OtlpLogRecord,
} from '@shop/otlp';
import { serviceOf } from './column-values';
import { Rejections, type LogRow, type Normalized } from './rows';
import { severityOf } from './severity';

/**
 * Log records of an export request as `logs` rows. A record's time is its timeUnixNano, else its observed
 * time, else `nowUs`. Records with malformed trace or span ids are rejected (absent ids are fine).
 */
export function normalizeLogs(request: ExportLogsServiceRequest, nowUs: number): Normalized<LogRow> {
  const rows: LogRow[] = [];
  const rejections = new Rejections();
  for (const resourceLogs of request.resourceLogs ?? []) {
    const resourceRecord = attributesToRecord(resourceLogs.resource?.attributes);
    const service = serviceOf(resourceRecord);
    const resource = JSON.stringify(resourceRecord);
    for (const scopeLogs of resourceLogs.scopeLogs ?? []) {
      for (const record of scopeLogs.logRecords ?? []) {
        if (!hasValidOptionalId(record.traceId, 16)) rejections.add('invalid trace id');
        else if (!hasValidOptionalId(record.spanId, 8)) rejections.add('invalid span id');
        else rows.push(logRow(record, service, resource, nowUs));
      }
    }
  }
  return rejections.result(rows);
}

/** Absent, or of the right length (all zeros, as some SDKs send for "no span", counts as absent). */
function hasValidOptionalId(bytes: Uint8Array | null | undefined, length: 8 | 16): boolean {
  return !bytes || bytes.length === 0 || bytes.length === length;
}

function logRow(record: OtlpLogRecord, service: string, resource: string, nowUs: number): LogRow {
  const severity = severityOf(record.severityNumber, record.severityText);
  return {
    timeUs: nanosToMicros(record.timeUnixNano) || nanosToMicros(record.observedTimeUnixNano) || nowUs,
    service,
    severityNumber: severity.number,
    severityText: severity.text,
    body: bodyText(record.body),
    traceId: optionalId(record.traceId),
    spanId: optionalId(record.spanId),
    attributes: JSON.stringify(attributesToRecord(record.attributes)),
    resource,
  };
}

function bodyText(body: OtlpAnyValue | null | undefined): string {
  const value = anyValueToJs(body);
  if (value === null || value === undefined) return '';
  return typeof value === 'string' ? value : JSON.stringify(value);
}

function optionalId(bytes: Uint8Array | null | undefined): string | null {
  return bytes && bytes.some((byte) => byte !== 0) ? idToHex(bytes) : null;
}
