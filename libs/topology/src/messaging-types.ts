/**
 * Shapes of the messaging topology: SNS topics, SQS queues with their dead-letter queues, subscriptions,
 * EventBridge buses and rules. All names are LOGICAL (`catalog-events`); the resource in an account is
 * `physicalName(logical, prefix)`, so one declaration serves the laptop, every test run and AWS.
 */
export interface MessagingTopology {
  /**
   * The SNS message attributes publishers set on every message, and the only ones a subscription's
   * filter policy may name (a filter on an attribute nobody sets silently drops every message).
   */
  readonly messageAttributes: readonly string[];
  readonly topics: readonly TopicDeclaration[];
  readonly queues: readonly QueueDeclaration[];
  readonly subscriptions: readonly SubscriptionDeclaration[];
  readonly buses: readonly BusDeclaration[];
  readonly rules: readonly RuleDeclaration[];
}

/** A standard SNS topic. */
export interface TopicDeclaration {
  readonly name: string;
  readonly description: string;
}

/** A standard SQS queue, always paired with its dead-letter queue through a redrive policy. */
export interface QueueDeclaration {
  readonly name: string;
  readonly description: string;
  /**
   * Budget of one handler invocation (its p99 must stay below it). The visibility timeout is derived
   * from it: see `VISIBILITY_MARGIN_SECONDS`.
   */
  readonly handlerTimeoutSeconds: number;
  readonly visibilityTimeoutSeconds: number;
  /** Long polling: always 20 s, the maximum, so idle consumers make few empty receives. */
  readonly receiveWaitTimeSeconds: number;
  /** Receives before SQS moves a message to the dead-letter queue. */
  readonly maxReceiveCount: number;
  readonly messageRetentionSeconds: number;
  readonly deadLetterQueue: DeadLetterQueueDeclaration;
}

/** The dead-letter queue of one queue, named `${queue}-dlq`. */
export interface DeadLetterQueueDeclaration {
  readonly name: string;
  /**
   * SQS keeps a standard message's original enqueue time when it moves it to the DLQ, so the DLQ must
   * retain messages longer than its source queue or they expire there almost at once.
   */
  readonly messageRetentionSeconds: number;
}

export type FilterPolicyScope = 'MessageAttributes' | 'MessageBody';

/** An SNS topic delivering into an SQS queue. */
export interface SubscriptionDeclaration {
  readonly topic: string;
  readonly queue: string;
  /** Always true: the queue receives the envelope JSON itself, with SNS message attributes as SQS ones. */
  readonly rawMessageDelivery: boolean;
  /** An SNS filter policy (AWS syntax); without one the queue receives every message of the topic. */
  readonly filterPolicy?: FilterPolicy;
  /** Defaults to `MessageAttributes`, the only scope this topology uses. */
  readonly filterPolicyScope?: FilterPolicyScope;
}

/** SNS filter policy: attribute name → list of conditions, or `$or` of such policies. */
export type FilterPolicy = { readonly [key: string]: readonly unknown[] | readonly FilterPolicy[] };

/** A custom EventBridge event bus. */
export interface BusDeclaration {
  readonly name: string;
  readonly description: string;
}

/** An EventBridge rule: an event pattern or a schedule, and the queues it delivers to. */
export interface RuleDeclaration {
  readonly name: string;
  readonly bus: string;
  readonly description: string;
  /** AWS event pattern syntax; exactly one of eventPattern and scheduleExpression is set. */
  readonly eventPattern?: Readonly<Record<string, unknown>>;
  /** `rate(5 minutes)` or `cron(...)`; exactly one of eventPattern and scheduleExpression is set. */
  readonly scheduleExpression?: string;
  readonly targets: readonly RuleTargetDeclaration[];
}

/** An SQS queue a rule delivers to. Later issues add function targets. */
export interface RuleTargetDeclaration {
  /** Unique within the rule (EventBridge's target id). */
  readonly id: string;
  readonly kind: 'sqs';
  readonly queue: string;
  /**
   * Where EventBridge puts events it could not deliver after its retries: a declared queue or dead-letter
   * queue. Without one, undeliverable events are dropped silently.
   */
  readonly deadLetterQueue: string;
  readonly retryPolicy: RetryPolicy;
}

/** EventBridge's delivery retries for one target; explicit so nobody relies on the 24 h / 185 default. */
export interface RetryPolicy {
  readonly maximumRetryAttempts: number;
  readonly maximumEventAgeInSeconds: number;
}
