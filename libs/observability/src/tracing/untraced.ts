import { context } from '@opentelemetry/api';
import { suppressTracing } from '@opentelemetry/core';

/**
 * Runs background work without spans: polls, bookkeeping statements and metric gauges read from the
 * database would otherwise each start a root trace (the AWS SDK and mysql2 instrumentations trace every
 * call), burying the traces of real requests.
 */
export function untraced<T>(work: () => Promise<T>): Promise<T> {
  return context.with(suppressTracing(context.active()), work);
}
