import type { EventContract, EnvelopeOf } from './define-event';
import { type EventEnvelope, envelopeSchema } from './envelope';
import type { EventRegistry } from './event-registry';
import { shopEvents } from './shop-events';
import { describeIssues } from './zod-issues';

export type ParseEventResult =
  | { readonly ok: true; readonly envelope: EventEnvelope; readonly contract: EventContract }
  | { readonly ok: false; readonly reason: string };

/**
 * Checks a received event: the envelope, then the data against the schema of its declared type and
 * version. `raw` is the message body (a JSON string) or an already parsed object. Never throws: a
 * failure carries the reason, for the consumer to log and dead-letter the message with.
 */
export function parseEvent(raw: unknown, registry: EventRegistry = shopEvents): ParseEventResult {
  let candidate = raw;
  if (typeof raw === 'string') {
    try {
      candidate = JSON.parse(raw) as unknown;
    } catch {
      return { ok: false, reason: 'message body is not JSON' };
    }
  }
  const envelope = envelopeSchema.safeParse(candidate);
  if (!envelope.success) return { ok: false, reason: `invalid envelope: ${describeIssues(envelope.error)}` };
  const { type, version, source } = envelope.data;
  const contract = registry.get(type);
  if (!contract) return { ok: false, reason: `unknown event type "${type}"` };
  if (contract.version !== version) {
    return { ok: false, reason: `"${type}" is version ${contract.version}, the envelope says ${version}` };
  }
  if (contract.source !== source) {
    return { ok: false, reason: `"${type}" is published by ${contract.source}, the envelope says ${source}` };
  }
  const data = contract.schema.safeParse(envelope.data.data);
  if (!data.success) return { ok: false, reason: `invalid data of "${type}": ${describeIssues(data.error)}` };
  return { ok: true, envelope: { ...envelope.data, data: data.data }, contract };
}

/** Narrows a parsed envelope to one contract's events. */
export function isEvent<TContract extends EventContract>(
  envelope: EventEnvelope,
  contract: TContract,
): envelope is EnvelopeOf<TContract> {
  return envelope.type === contract.type;
}
