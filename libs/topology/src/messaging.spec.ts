import { messagingTopology, physicalName } from './messaging';

describe('messagingTopology', () => {
  it('delivers to every queue from a subscription or a rule', () => {
    const fed = new Set([
      ...messagingTopology.subscriptions.map((subscription) => subscription.queue),
      ...messagingTopology.rules.flatMap((rule) => rule.targets.map((target) => target.queue)),
    ]);
    expect(messagingTopology.queues.map((queue) => queue.name).filter((name) => !fed.has(name))).toEqual([]);
  });

  it('declares at most 9 message attributes of our own, so a trace header still fits SQS’s 10', () => {
    expect(messagingTopology.messageAttributes.length).toBeLessThanOrEqual(9);
  });
});

describe(physicalName.name, () => {
  it('prefixes the logical name', () => {
    expect(physicalName('catalog-events', 't1')).toBe('t1-catalog-events');
  });

  it('uses the laptop prefix by default', () => {
    expect(physicalName('catalog-events')).toBe('shop-local-catalog-events');
  });
});
