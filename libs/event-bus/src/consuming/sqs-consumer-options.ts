import type { SQSClient } from '@aws-sdk/client-sqs';
import type { Meter } from '@opentelemetry/api';
import type { EventRegistry } from '@shop/contracts';
import type { RetryBackoff } from './retry-backoff';

/** One queue a process consumes. */
export interface ConsumedQueueOptions {
  /** Logical name from the topology (`inventory-catalog-events`). */
  readonly queue: string;
  /** Messages handled at once from this queue; default 10. */
  readonly concurrency?: number;
}

/** Settings of `SqsConsumerServer`. */
export interface SqsConsumerOptions {
  readonly queues: readonly ConsumedQueueOptions[];
  /** `SHOP_RESOURCE_PREFIX`: physical queue names are `${prefix}-${logical}`. */
  readonly resourcePrefix: string;
  /** Defaults to a client configured by the AWS SDK from the environment (AWS_REGION, AWS_ENDPOINT_URL). */
  readonly sqs?: SQSClient;
  /** How long a shutdown waits for messages in hand; default 30 s. */
  readonly shutdownTimeoutMs?: number;
  readonly retryBackoff?: RetryBackoff;
  /** The events this consumer can read; defaults to every shop event. */
  readonly registry?: EventRegistry;
  /** Defaults to the global meter provider's `@shop/event-bus` meter. */
  readonly meter?: Meter;
}
