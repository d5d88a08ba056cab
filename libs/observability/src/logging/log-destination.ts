import { logs } from '@opentelemetry/api-logs';
import pino, { type DestinationStream } from 'pino';
import { isLogExportStarted } from '../telemetry/log-export';
import { OtlpLogStream } from './otlp-log-stream';

const LOGGER_NAME = '@shop/observability';

/**
 * Where the service logger writes: with telemetry running, every line goes to stdout exactly as pino writes
 * it by default and, in the same synchronous write, to the logs API (and so out over OTLP); without
 * telemetry, undefined (pino's own stdout destination, nothing more).
 */
export function serviceLogDestination(): DestinationStream | undefined {
  if (!isLogExportStarted()) return undefined;
  // Level 0 on both: the logger's level (changeable at run time) already decided the line is written.
  // multistream writes streams of equal level last-listed first: stdout comes first.
  return pino.multistream([
    { level: 0, stream: new OtlpLogStream(logs.getLogger(LOGGER_NAME)) },
    { level: 0, stream: pino.destination({ dest: process.stdout.fd ?? 1 }) },
  ]);
}
