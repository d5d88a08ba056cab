import { destinationKey, destinationName, type EventDestination, parseDestinationKey } from './event-destination';

describe(destinationKey.name, () => {
  it.each<[EventDestination, string]>([
    [{ kind: 'sns', topic: 'catalog-events' }, 'sns:catalog-events'],
    [{ kind: 'eventbridge', bus: 'shop-events' }, 'eventbridge:shop-events'],
  ])('stores %o as %s and reads it back', (destination, key) => {
    expect(destinationKey(destination)).toBe(key);
    expect(parseDestinationKey(key)).toEqual(destination);
  });

  it.each(['sqs:orders', 'sns:', 'catalog-events'])('refuses the unknown key %s', (key) => {
    expect(() => parseDestinationKey(key)).toThrow('unknown outbox destination');
  });

  it('names the topic or bus', () => {
    expect(destinationName({ kind: 'eventbridge', bus: 'shop-events' })).toBe('shop-events');
  });
});
