import { DeleteMessageCommand, SendMessageCommand, type Message, type SQSClient } from '@aws-sdk/client-sqs';
import { deadLetterAttributes } from './dead-letter-attributes';

/** Where a message is and where it goes. */
export interface DeadLetterMove {
  readonly sourceQueueUrl: string;
  readonly deadLetterQueueUrl: string;
  readonly message: Message;
  readonly reason: string;
  readonly receiveCount: number;
}

/**
 * Moves a received message to its dead-letter queue with the reason as a message attribute: a copy is
 * sent to the DLQ first and only then is the original deleted, so a crash in between leaves a duplicate
 * in the DLQ (harmless: redrive and the inbox absorb it), never a loss.
 */
export async function moveToDeadLetterQueue(sqs: SQSClient, move: DeadLetterMove): Promise<void> {
  const firstReceived = move.message.Attributes?.ApproximateFirstReceiveTimestamp;
  await sqs.send(
    new SendMessageCommand({
      QueueUrl: move.deadLetterQueueUrl,
      MessageBody: move.message.Body ?? '',
      MessageAttributes: deadLetterAttributes(move.message.MessageAttributes, {
        reason: move.reason,
        receiveCount: move.receiveCount,
        ...(firstReceived ? { firstReceivedAt: new Date(Number(firstReceived)) } : {}),
      }),
    }),
  );
  await sqs.send(
    new DeleteMessageCommand({ QueueUrl: move.sourceQueueUrl, ReceiptHandle: move.message.ReceiptHandle }),
  );
}
