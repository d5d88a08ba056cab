import { shopEvents } from '@shop/contracts';
import { type FilterPolicy, messagingTopology } from '@shop/topology';
import { MessagingAttributes } from '../telemetry/messaging-names';
import { snsMessageAttributes } from './sns-event-publisher';

// The topology (libs/topology) and the contracts (libs/contracts) know nothing of each other; this
// package uses both, so it checks they agree: a filter or pattern naming a type nobody publishes
// silently matches nothing.

const declaredTypes = new Set(shopEvents.all().map((contract) => contract.type));

function eventTypesIn(policy: FilterPolicy): unknown[] {
  return Object.entries(policy).flatMap(([key, value]) => {
    if (key === '$or') return (value as readonly FilterPolicy[]).flatMap(eventTypesIn);
    return key === MessagingAttributes.EventType ? [...(value as readonly unknown[])] : [];
  });
}

describe('messaging topology and event contracts', () => {
  it('filters subscriptions only on event types that are declared', () => {
    const filtered = messagingTopology.subscriptions.flatMap((subscription) =>
      subscription.filterPolicy ? eventTypesIn(subscription.filterPolicy) : [],
    );
    expect(filtered.filter((type) => typeof type !== 'string' || !declaredTypes.has(type))).toEqual([]);
  });

  it('routes rules only on detail types that are declared', () => {
    const detailTypes = messagingTopology.rules.flatMap((rule) => {
      const pattern = rule.eventPattern?.['detail-type'];
      return Array.isArray(pattern) ? (pattern as unknown[]) : [];
    });
    expect(detailTypes.filter((type) => typeof type === 'string' && !declaredTypes.has(type))).toEqual([]);
  });

  it('sets on SNS messages exactly the attributes the topology declares', () => {
    const envelope = {
      id: '0b6a4a5e-3f4d-4c5b-9a61-2a7f1c3e8d90',
      type: 'catalog.product.archived.v1',
      version: 1,
      source: 'shop.catalog',
      time: '2026-12-04T10:00:00.000Z',
      correlationId: 'c',
      traceContext: { traceparent: `00-${'a'.repeat(32)}-${'b'.repeat(16)}-01`, tracestate: 'k=v' },
      data: {},
    };
    expect(Object.keys(snsMessageAttributes(envelope)).sort()).toEqual([...messagingTopology.messageAttributes].sort());
  });
});
