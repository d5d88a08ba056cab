import { context } from '@opentelemetry/api';
import { suppressTracing } from '@opentelemetry/core';

/**
 * Runs background SQS calls without spans: the AWS SDK instrumentation would otherwise start a new
 * trace for every long poll (three a minute per idle queue) and every gauge look-up. The consumer's own
 * `process <queue>` span stands for each message instead.
 */
export function untraced<T>(work: () => Promise<T>): Promise<T> {
  return context.with(suppressTracing(context.active()), work);
}
