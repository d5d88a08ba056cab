import type { MessageAttributeValue } from '@aws-sdk/client-sqs';
import { MessagingAttributes } from '../telemetry/messaging-names';

/** SQS accepts at most 10 message attributes per message. */
export const MAX_MESSAGE_ATTRIBUTES = 10;
// Message attribute values share the 256 KiB message limit; a reason is a sentence, not a dump.
const MAX_REASON_LENGTH = 1_000;

/** What the consumer knew when it dead-lettered a message. */
export interface DeadLetterInfo {
  readonly reason: string;
  readonly receiveCount: number;
  /** When the source queue first delivered the message, if SQS said. */
  readonly firstReceivedAt?: Date;
}

type Attributes = Record<string, MessageAttributeValue>;

const DEAD_LETTER_NAMES: readonly string[] = [
  MessagingAttributes.DeadLetterReason,
  MessagingAttributes.DeadLetterReceiveCount,
  MessagingAttributes.DeadLetterFirstReceivedAt,
];

function text(value: string): MessageAttributeValue {
  return { DataType: 'String', StringValue: value };
}

// A received value carries empty list fields SQS reserves; a send takes only the type and the value.
function sendable(value: MessageAttributeValue): MessageAttributeValue {
  return {
    DataType: value.DataType,
    ...(value.StringValue !== undefined ? { StringValue: value.StringValue } : {}),
    ...(value.BinaryValue !== undefined ? { BinaryValue: value.BinaryValue } : {}),
  };
}

/** The message's attributes without the ones a dead-lettering added: what a redrive sends back. */
export function withoutDeadLetterAttributes(attributes: Attributes | undefined): Attributes {
  return Object.fromEntries(
    Object.entries(attributes ?? {})
      .filter(([name]) => !DEAD_LETTER_NAMES.includes(name))
      .map(([name, value]) => [name, sendable(value)]),
  );
}

/**
 * The attributes of a message moved to its dead-letter queue: the dead-letter facts first, then the
 * original attributes (event type and id, trace context) as far as SQS's limit of 10 allows.
 */
export function deadLetterAttributes(original: Attributes | undefined, info: DeadLetterInfo): Attributes {
  const added: Attributes = {
    [MessagingAttributes.DeadLetterReason]: text(info.reason.slice(0, MAX_REASON_LENGTH)),
    [MessagingAttributes.DeadLetterReceiveCount]: { DataType: 'Number', StringValue: String(info.receiveCount) },
    ...(info.firstReceivedAt
      ? { [MessagingAttributes.DeadLetterFirstReceivedAt]: text(info.firstReceivedAt.toISOString()) }
      : {}),
  };
  const kept = Object.entries(withoutDeadLetterAttributes(original)).slice(
    0,
    MAX_MESSAGE_ATTRIBUTES - Object.keys(added).length,
  );
  return { ...added, ...Object.fromEntries(kept) };
}

/** The dead-letter facts on a message in a dead-letter queue; the reason is absent when SQS's redrive moved it. */
export function readDeadLetterInfo(attributes: Attributes | undefined): Partial<DeadLetterInfo> {
  const reason = attributes?.[MessagingAttributes.DeadLetterReason]?.StringValue;
  const receiveCount = attributes?.[MessagingAttributes.DeadLetterReceiveCount]?.StringValue;
  const firstReceivedAt = attributes?.[MessagingAttributes.DeadLetterFirstReceivedAt]?.StringValue;
  return {
    ...(reason !== undefined ? { reason } : {}),
    ...(receiveCount !== undefined ? { receiveCount: Number(receiveCount) } : {}),
    ...(firstReceivedAt !== undefined ? { firstReceivedAt: new Date(firstReceivedAt) } : {}),
  };
}
