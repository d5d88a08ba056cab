import { GetQueueAttributesCommand, GetQueueUrlCommand, type SQSClient } from '@aws-sdk/client-sqs';
import { untraced } from '@shop/observability';

/** A queue as the consumer found it in the account: its URL, visibility timeout and redrive policy. */
export interface ConsumedQueue {
  /** Physical name (`shop-local-inventory-catalog-events`). */
  readonly name: string;
  readonly url: string;
  readonly visibilityTimeoutSeconds: number;
  /** Receives before SQS moves a message to the dead-letter queue; the consumer moves it on the last one. */
  readonly maxReceiveCount: number;
  readonly deadLetterQueue: { readonly name: string; readonly url: string };
}

/** A consumed queue lacks what the consumer relies on (a redrive policy to a dead-letter queue). */
export class QueueConfigurationError extends Error {
  constructor(queueName: string, problem: string) {
    super(`queue ${queueName}: ${problem}`);
    this.name = QueueConfigurationError.name;
  }
}

interface RedrivePolicy {
  deadLetterTargetArn: string;
  maxReceiveCount: number;
}

function parseRedrivePolicy(queueName: string, value: string | undefined): RedrivePolicy {
  if (!value) throw new QueueConfigurationError(queueName, 'has no redrive policy (every queue needs a DLQ)');
  const policy = JSON.parse(value) as { deadLetterTargetArn?: unknown; maxReceiveCount?: unknown };
  const maxReceiveCount = Number(policy.maxReceiveCount);
  if (typeof policy.deadLetterTargetArn !== 'string' || !Number.isInteger(maxReceiveCount) || maxReceiveCount < 1) {
    throw new QueueConfigurationError(queueName, `has an unusable redrive policy ${value}`);
  }
  return { deadLetterTargetArn: policy.deadLetterTargetArn, maxReceiveCount };
}

async function queueUrlOf(sqs: SQSClient, name: string): Promise<string> {
  const { QueueUrl } = await sqs.send(new GetQueueUrlCommand({ QueueName: name }));
  if (!QueueUrl) throw new QueueConfigurationError(name, 'has no URL');
  return QueueUrl;
}

/**
 * Looks a queue up by its physical name and reads its settings from SQS itself, so the consumer follows
 * what was provisioned (the topology) rather than a second copy of it. Untraced: start-up bookkeeping.
 */
export function resolveConsumedQueue(sqs: SQSClient, name: string): Promise<ConsumedQueue> {
  return untraced(() => lookUpConsumedQueue(sqs, name));
}

async function lookUpConsumedQueue(sqs: SQSClient, name: string): Promise<ConsumedQueue> {
  const url = await queueUrlOf(sqs, name);
  const { Attributes = {} } = await sqs.send(
    new GetQueueAttributesCommand({ QueueUrl: url, AttributeNames: ['VisibilityTimeout', 'RedrivePolicy'] }),
  );
  const redrive = parseRedrivePolicy(name, Attributes.RedrivePolicy);
  // arn:aws:sqs:<region>:<account>:<name>
  const deadLetterName = redrive.deadLetterTargetArn.split(':').at(-1) ?? '';
  return {
    name,
    url,
    visibilityTimeoutSeconds: Number(Attributes.VisibilityTimeout ?? 30),
    maxReceiveCount: redrive.maxReceiveCount,
    deadLetterQueue: { name: deadLetterName, url: await queueUrlOf(sqs, deadLetterName) },
  };
}
