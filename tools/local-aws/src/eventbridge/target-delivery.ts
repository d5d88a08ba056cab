import type { Logger } from 'pino';
import type { EventBridgeEvent, RetryPolicyRecord, TargetRecord } from './eventbridge-model';
import { DEFAULT_RETRY_POLICY } from './eventbridge-model';

/** A failure that no retry can fix (the target does not exist): AWS skips its retries. */
export class TargetNotFoundError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TargetNotFoundError';
  }
}

/**
 * Runs a function target (`arn:aws:lambda:...`). The local function runner provides one later; until
 * then deliveries to function targets fail and follow the target's retry policy and DLQ.
 */
export interface FunctionInvoker {
  invoke(functionArn: string, payload: string): Promise<void>;
}

/** Puts a message on an SQS queue named by its ARN; throws TargetNotFoundError when it does not exist. */
export type QueueSender = (queueArn: string, body: string, attributes?: Record<string, string>) => void;

export interface TargetDeliveryOptions {
  readonly sendToQueue: QueueSender;
  readonly functionInvoker: FunctionInvoker | undefined;
  readonly logger: Logger;
  /** First retry delay; each retry doubles it up to `maxRetryDelayMs` (AWS: exponential back-off). */
  readonly retryBaseDelayMs: number;
  readonly maxRetryDelayMs: number;
}

interface Delivery {
  readonly event: EventBridgeEvent;
  readonly ruleArn: string;
  readonly target: TargetRecord;
  readonly payload: string;
}

/**
 * Delivers matched events to rule targets with the target's RetryPolicy, and sends what cannot be
 * delivered to its DeadLetterConfig queue with AWS's error attributes. Retries live in timers only:
 * events waiting for a retry are lost when the endpoint stops (README says so).
 */
export class TargetDelivery {
  private readonly pendingRetries = new Set<NodeJS.Timeout>();

  constructor(private readonly options: TargetDeliveryOptions) {}

  deliver(event: EventBridgeEvent, ruleArn: string, target: TargetRecord): void {
    const delivery = { event, ruleArn, target, payload: targetPayload(event, target) };
    void this.attempt(delivery, 0, Date.now());
  }

  stop(): void {
    for (const timer of this.pendingRetries) clearTimeout(timer);
    this.pendingRetries.clear();
  }

  private async attempt(delivery: Delivery, retries: number, firstAttemptAt: number): Promise<void> {
    try {
      await this.send(delivery);
      this.options.logger.debug(
        { ruleArn: delivery.ruleArn, targetArn: delivery.target.arn, eventId: delivery.event.id },
        'event delivered',
      );
    } catch (error) {
      const policy: RetryPolicyRecord = delivery.target.retryPolicy ?? DEFAULT_RETRY_POLICY;
      const message = error instanceof Error ? error.message : String(error);
      if (error instanceof TargetNotFoundError) {
        this.deadLetter(delivery, { code: 'RESOURCE_NOT_FOUND', message, retries });
        return;
      }
      const delay = Math.min(this.options.retryBaseDelayMs * 2 ** retries, this.options.maxRetryDelayMs);
      if (retries >= policy.maximumRetryAttempts) {
        this.deadLetter(delivery, { code: 'SDK_CLIENT_ERROR', message, retries, exhausted: 'MaximumRetryAttempts' });
      } else if (Date.now() + delay - firstAttemptAt > policy.maximumEventAgeInSeconds * 1000) {
        this.deadLetter(delivery, {
          code: 'SDK_CLIENT_ERROR',
          message,
          retries,
          exhausted: 'MaximumEventAgeInSeconds',
        });
      } else {
        const timer = setTimeout(() => {
          this.pendingRetries.delete(timer);
          void this.attempt(delivery, retries + 1, firstAttemptAt);
        }, delay);
        this.pendingRetries.add(timer);
      }
    }
  }

  private async send(delivery: Delivery): Promise<void> {
    const service = delivery.target.arn.split(':')[2];
    if (service === 'sqs') {
      this.options.sendToQueue(delivery.target.arn, delivery.payload);
      return;
    }
    if (service === 'lambda' && this.options.functionInvoker) {
      await this.options.functionInvoker.invoke(delivery.target.arn, delivery.payload);
      return;
    }
    throw new Error(
      `The local endpoint cannot deliver to ${delivery.target.arn}: no invoker for '${service ?? ''}' targets`,
    );
  }

  private deadLetter(
    delivery: Delivery,
    failure: { code: string; message: string; retries: number; exhausted?: string },
  ): void {
    const { logger } = this.options;
    const context = {
      ruleArn: delivery.ruleArn,
      targetArn: delivery.target.arn,
      eventId: delivery.event.id,
      error: failure.message,
    };
    const dlqArn = delivery.target.deadLetterArn;
    if (dlqArn === undefined) {
      logger.warn(context, 'event dropped: delivery failed and the target has no dead-letter queue');
      return;
    }
    const attributes: Record<string, string> = {
      RULE_ARN: delivery.ruleArn,
      TARGET_ARN: delivery.target.arn,
      ERROR_CODE: failure.code,
      ERROR_MESSAGE: failure.message,
      RETRY_ATTEMPTS: String(failure.retries),
      ...(failure.exhausted === undefined ? {} : { EXHAUSTED_RETRY_CONDITION: failure.exhausted }),
    };
    try {
      this.options.sendToQueue(dlqArn, JSON.stringify(delivery.event), attributes);
      logger.warn({ ...context, dlqArn }, 'event sent to the target dead-letter queue');
    } catch (error) {
      logger.error(
        { ...context, dlqArn, dlqError: error instanceof Error ? error.message : String(error) },
        'event dropped: dead-letter queue failed',
      );
    }
  }
}

/** What a target receives: the event, or the target's constant Input, or the part InputPath selects. */
export function targetPayload(event: EventBridgeEvent, target: Pick<TargetRecord, 'input' | 'inputPath'>): string {
  if (target.input !== undefined) return target.input;
  if (target.inputPath !== undefined) return JSON.stringify(selectPath(event, target.inputPath) ?? null);
  return JSON.stringify(event);
}

function selectPath(value: unknown, path: string): unknown {
  const segments = path
    .replace(/^\$\.?/, '')
    .split('.')
    .filter(Boolean);
  return segments.reduce<unknown>(
    (current, segment) =>
      typeof current === 'object' && current !== null ? (current as Record<string, unknown>)[segment] : undefined,
    value,
  );
}
