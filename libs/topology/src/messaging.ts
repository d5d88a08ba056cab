import { deadLetterQueueName } from './messaging-names';
import type { DeadLetterQueueDeclaration, MessagingTopology, QueueDeclaration, RetryPolicy } from './messaging-types';

const FOUR_DAYS = 4 * 24 * 3600;
const FOURTEEN_DAYS = 14 * 24 * 3600;

function deadLetterQueueOf(queue: string): DeadLetterQueueDeclaration {
  return { name: deadLetterQueueName(queue), messageRetentionSeconds: FOURTEEN_DAYS };
}

/** The defaults every queue of ours starts from; a queue overrides what its handler needs. */
function queue(
  name: string,
  description: string,
  overrides: Partial<Omit<QueueDeclaration, 'name' | 'description' | 'deadLetterQueue'>> = {},
): QueueDeclaration {
  return {
    name,
    description,
    handlerTimeoutSeconds: 10,
    visibilityTimeoutSeconds: 60,
    receiveWaitTimeSeconds: 20,
    maxReceiveCount: 5,
    messageRetentionSeconds: FOUR_DAYS,
    ...overrides,
    deadLetterQueue: deadLetterQueueOf(name),
  };
}

// An hour of retries covers an endpoint restart or a deploy; older events go to the target's DLQ.
const eventBridgeRetries: RetryPolicy = { maximumRetryAttempts: 20, maximumEventAgeInSeconds: 3600 };

/**
 * The shop's messaging resources, declared once: the local endpoint applies them at start and the CDK
 * app builds the same resources in AWS. `validateTopology(messagingTopology)` must return no problems.
 */
export const messagingTopology: MessagingTopology = {
  messageAttributes: ['shop.event.type', 'shop.event.id', 'shop.correlation.id', 'traceparent', 'tracestate'],
  topics: [
    { name: 'catalog-events', description: 'Every product event the catalog publishes.' },
    { name: 'order-events', description: 'Every order event the order service publishes.' },
    { name: 'inventory-events', description: 'Every stock event inventory publishes.' },
    { name: 'alarm-notifications', description: 'State changes of the telemetry alarms, as CloudWatch sends them.' },
  ],
  queues: [
    queue('inventory-catalog-events', 'Product lifecycle events inventory keeps its stock records in step with.'),
    queue('inventory-order-events', 'Order events inventory reserves, sells and releases stock on.'),
    queue('order-inventory-events', 'Reservation outcomes that confirm or reject orders.'),
    queue('catalog-inventory-events', 'Stock status changes the catalog shows on product pages.'),
    queue('cart-order-events', 'Confirmed orders whose carts are emptied.'),
    queue('audit-events', 'Every event on the shop bus, for the audit trail.'),
    queue('pricing-watch', 'Price changes of catalog products.'),
    queue('order-notifications', 'Confirmed and rejected orders, for the notification function.'),
    queue('low-stock-alerts', 'Low-stock alerts, for operators and the inventory report.'),
    queue('alarm-notifications-inbox', 'Alarm state changes, for operators and the system tests to read.'),
  ],
  subscriptions: [
    {
      topic: 'catalog-events',
      queue: 'inventory-catalog-events',
      rawMessageDelivery: true,
      filterPolicy: { 'shop.event.type': ['catalog.product.created.v1', 'catalog.product.archived.v1'] },
      filterPolicyScope: 'MessageAttributes',
    },
    {
      topic: 'order-events',
      queue: 'inventory-order-events',
      rawMessageDelivery: true,
      filterPolicy: {
        'shop.event.type': ['order.placed.v1', 'order.confirmed.v1', 'order.rejected.v1', 'order.cancelled.v1'],
      },
      filterPolicyScope: 'MessageAttributes',
    },
    {
      topic: 'order-events',
      queue: 'cart-order-events',
      rawMessageDelivery: true,
      filterPolicy: { 'shop.event.type': ['order.confirmed.v1'] },
      filterPolicyScope: 'MessageAttributes',
    },
    {
      topic: 'inventory-events',
      queue: 'order-inventory-events',
      rawMessageDelivery: true,
      filterPolicy: { 'shop.event.type': ['inventory.stock.reserved.v1', 'inventory.stock.reservation-failed.v1'] },
      filterPolicyScope: 'MessageAttributes',
    },
    {
      topic: 'inventory-events',
      queue: 'catalog-inventory-events',
      rawMessageDelivery: true,
      filterPolicy: { 'shop.event.type': ['inventory.stock.status-changed.v1'] },
      filterPolicyScope: 'MessageAttributes',
    },
    { topic: 'alarm-notifications', queue: 'alarm-notifications-inbox', rawMessageDelivery: true },
  ],
  buses: [{ name: 'shop-events', description: 'The shop-wide event bus: every domain event of every service.' }],
  rules: [
    {
      name: 'audit-all-shop-events',
      bus: 'shop-events',
      description: 'Every event a shop service publishes, to the audit queue.',
      eventPattern: { source: [{ prefix: 'shop.' }] },
      targets: [
        {
          id: 'audit-events',
          kind: 'sqs',
          queue: 'audit-events',
          deadLetterQueue: deadLetterQueueName('audit-events'),
          retryPolicy: eventBridgeRetries,
        },
      ],
    },
    {
      name: 'catalog-price-changes',
      bus: 'shop-events',
      description: 'Product price changes, to the pricing watch.',
      eventPattern: { source: ['shop.catalog'], 'detail-type': ['catalog.product.price-changed.v1'] },
      targets: [
        {
          id: 'pricing-watch',
          kind: 'sqs',
          queue: 'pricing-watch',
          deadLetterQueue: deadLetterQueueName('pricing-watch'),
          retryPolicy: eventBridgeRetries,
        },
      ],
    },
    {
      name: 'order-outcomes',
      bus: 'shop-events',
      description: 'Confirmed and rejected orders, to the notification function.',
      eventPattern: { source: ['shop.order'], 'detail-type': ['order.confirmed.v1', 'order.rejected.v1'] },
      targets: [
        {
          id: 'order-notifications',
          kind: 'sqs',
          queue: 'order-notifications',
          deadLetterQueue: deadLetterQueueName('order-notifications'),
          retryPolicy: eventBridgeRetries,
        },
      ],
    },
    {
      name: 'low-stock-alerts',
      bus: 'shop-events',
      description: 'SKUs that fell to their low-stock threshold, to the operators’ alert queue.',
      eventPattern: { source: ['shop.inventory'], 'detail-type': ['inventory.stock.low-stock-detected.v1'] },
      targets: [
        {
          id: 'low-stock-alerts',
          kind: 'sqs',
          queue: 'low-stock-alerts',
          deadLetterQueue: deadLetterQueueName('low-stock-alerts'),
          retryPolicy: eventBridgeRetries,
        },
      ],
    },
  ],
};

export * from './messaging-types';
export * from './messaging-names';
export * from './messaging-validation';
