/**
 * Where an outbox event goes, by LOGICAL topology name: an SNS topic (`catalog-events`) or an
 * EventBridge bus (`shop-events`). The relay resolves physical names with the resource prefix.
 */
export type EventDestination =
  { readonly kind: 'sns'; readonly topic: string } | { readonly kind: 'eventbridge'; readonly bus: string };

export type DestinationKind = EventDestination['kind'];

/** The destination as stored in the outbox (`sns:catalog-events`), one row per event and destination. */
export function destinationKey(destination: EventDestination): string {
  switch (destination.kind) {
    case 'sns':
      return `sns:${destination.topic}`;
    case 'eventbridge':
      return `eventbridge:${destination.bus}`;
  }
}

/** The destination a stored key names; throws on a key no version of this code wrote. */
export function parseDestinationKey(key: string): EventDestination {
  const [kind, name] = key.split(':', 2);
  if (name) {
    if (kind === 'sns') return { kind, topic: name };
    if (kind === 'eventbridge') return { kind, bus: name };
  }
  throw new Error(`unknown outbox destination "${key}"`);
}

/** The logical topic or bus name. */
export function destinationName(destination: EventDestination): string {
  return destination.kind === 'sns' ? destination.topic : destination.bus;
}
