import type { z } from 'zod';
import type { EventEnvelope } from './envelope';

/** One version of one event: its type string, the service that publishes it and the schema of its data. */
export interface EventContract<TType extends string = string, TSchema extends z.ZodType = z.ZodType> {
  readonly type: TType;
  readonly version: number;
  readonly source: string;
  /** When the event fires and what it guarantees, for people reading the catalog of events. */
  readonly description: string;
  readonly schema: TSchema;
}

/** The envelope type of a contract's events: `EnvelopeOf<typeof ProductCreatedV1>`. */
export type EnvelopeOf<TContract extends EventContract> = EventEnvelope<
  z.output<TContract['schema']>,
  TContract['type']
>;

/** The data a publisher passes for a contract (before the schema's defaults and transforms). */
export type EventDataOf<TContract extends EventContract> = z.input<TContract['schema']>;

/**
 * Declares an event. The type string must end in `.v<version>`: a breaking change is a new contract
 * with a new version, published beside the old one until every consumer has moved.
 */
export function defineEvent<TType extends string, TSchema extends z.ZodType>(
  contract: EventContract<TType, TSchema>,
): EventContract<TType, TSchema> {
  if (!contract.type.endsWith(`.v${contract.version}`)) {
    throw new Error(`event type "${contract.type}" must end in ".v${contract.version}"`);
  }
  return Object.freeze({ ...contract });
}
