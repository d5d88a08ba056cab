import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import type { EventContract } from './define-event';
import type { EventEnvelope, TraceContext } from './envelope';
import { describeIssues } from './zod-issues';

export interface CreateEnvelopeOptions {
  readonly correlationId: string;
  /** The publishing span's context; the publisher fills it in when it is not known yet. */
  readonly traceContext?: TraceContext;
  /** Defaults to a new random UUID. */
  readonly id?: string;
  /** When the fact happened; defaults to now. */
  readonly time?: Date;
}

/** The data given for an event does not match its contract's schema: a bug in the publisher. */
export class InvalidEventDataError extends Error {
  constructor(
    readonly eventType: string,
    reason: string,
  ) {
    super(`invalid data for "${eventType}": ${reason}`);
    this.name = InvalidEventDataError.name;
  }
}

/**
 * Wraps data in a new envelope of the contract's type, validating it first, so an invalid event fails
 * in the transaction that would have written it instead of in every consumer.
 */
export function createEnvelope<TType extends string, TSchema extends z.ZodType>(
  contract: EventContract<TType, TSchema>,
  data: z.input<TSchema>,
  options: CreateEnvelopeOptions,
): EventEnvelope<z.output<TSchema>, TType> {
  const parsed = contract.schema.safeParse(data);
  if (!parsed.success) throw new InvalidEventDataError(contract.type, describeIssues(parsed.error));
  return {
    id: options.id ?? randomUUID(),
    type: contract.type,
    version: contract.version,
    source: contract.source,
    time: (options.time ?? new Date()).toISOString(),
    correlationId: options.correlationId,
    ...(options.traceContext ? { traceContext: options.traceContext } : {}),
    data: parsed.data,
  };
}
