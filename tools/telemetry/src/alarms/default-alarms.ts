import type { AlarmDefinition } from './alarm-definition';

/**
 * The alarms every shop starts with (created at start when absent, then the operators' to change).
 * Counts of failures treat missing data as not breaching: a counter nobody incremented has no series.
 */
export const DEFAULT_ALARMS: readonly AlarmDefinition[] = [
  {
    name: 'checkout-5xx-errors',
    description: 'Checkouts (POST /api/orders) answered with a 5xx status in the last minute.',
    metric: {
      name: 'shop.http.server.errors',
      stat: 'sum',
      service: 'order',
      where: { 'http.request.method': 'POST', 'http.route': '/api/orders' },
    },
    periodSeconds: 60,
    evaluationPeriods: 1,
    datapointsToAlarm: 1,
    comparison: 'GreaterThanThreshold',
    threshold: 0,
    treatMissingData: 'notBreaching',
  },
  {
    name: 'order-p99-latency',
    description: 'The order service answers its slowest 1 % of requests in more than a second (2 of 3 minutes).',
    metric: { name: 'shop.http.server.duration', stat: 'p99', service: 'order' },
    periodSeconds: 60,
    evaluationPeriods: 3,
    datapointsToAlarm: 2,
    comparison: 'GreaterThanThreshold',
    threshold: 1,
    treatMissingData: 'notBreaching',
  },
  {
    name: 'dead-lettered-messages',
    description: 'Messages moved to a dead-letter queue in the last minute: an event nobody could handle.',
    metric: { name: 'shop.messaging.dead_lettered', stat: 'sum' },
    periodSeconds: 60,
    evaluationPeriods: 1,
    datapointsToAlarm: 1,
    comparison: 'GreaterThanThreshold',
    threshold: 0,
    treatMissingData: 'notBreaching',
  },
  {
    name: 'low-stock-items',
    description: 'SKUs at or below their low-stock threshold.',
    metric: { name: 'shop.inventory.low_stock_items', stat: 'max', service: 'inventory' },
    periodSeconds: 60,
    evaluationPeriods: 1,
    datapointsToAlarm: 1,
    comparison: 'GreaterThanThreshold',
    threshold: 0,
    treatMissingData: 'missing',
  },
  {
    name: 'request-rate-anomaly',
    description: 'More requests per second than the last hour makes expected (3 of 5 minutes above the band).',
    metric: { name: 'shop.http.server.requests', stat: 'rate' },
    periodSeconds: 60,
    evaluationPeriods: 5,
    datapointsToAlarm: 3,
    comparison: 'GreaterThanUpperThreshold',
    anomalyBand: { standardDeviations: 3, trainingPeriods: 60 },
    treatMissingData: 'notBreaching',
  },
];
