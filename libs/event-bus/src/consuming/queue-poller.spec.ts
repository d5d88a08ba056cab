import { ReceiveMessageCommand, type Message, type SQSClient } from '@aws-sdk/client-sqs';
import type { LoggerService } from '@nestjs/common';
import type { ConsumedQueue } from './consumed-queue';
import { QueuePoller } from './queue-poller';

const queue: ConsumedQueue = {
  name: 'shop-test-orders',
  url: 'http://sqs/shop-test-orders',
  visibilityTimeoutSeconds: 30,
  maxReceiveCount: 3,
  deadLetterQueue: { name: 'shop-test-orders-dlq', url: 'http://sqs/shop-test-orders-dlq' },
};

const silentLogger: LoggerService = { log: jest.fn(), error: jest.fn(), warn: jest.fn() };

/** An SQS stand-in serving `waiting` messages; an empty receive blocks until aborted, like a long poll. */
function fakeSqs(waiting: Message[]) {
  const requestedCounts: number[] = [];
  const send = jest.fn((command: unknown, options?: { abortSignal?: AbortSignal }) => {
    if (!(command instanceof ReceiveMessageCommand)) throw new Error('only receives expected');
    const count = command.input.MaxNumberOfMessages ?? 1;
    requestedCounts.push(count);
    const batch = waiting.splice(0, count);
    if (batch.length > 0) return Promise.resolve({ Messages: batch });
    return new Promise((_resolve, reject) => {
      options?.abortSignal?.addEventListener('abort', () => reject(new Error('aborted')));
    });
  });
  return { client: { send } as unknown as SQSClient, requestedCounts };
}

const messages = (count: number): Message[] =>
  Array.from({ length: count }, (_, index) => ({ MessageId: `m-${index}`, ReceiptHandle: `r-${index}` }));

/** A controllable handler: records what is in hand and finishes a message when told. */
function gatedProcess() {
  const inHand = new Map<string, () => void>();
  let mostAtOnce = 0;
  const process = (message: Message) =>
    new Promise<void>((resolve) => {
      inHand.set(message.MessageId ?? '', () => {
        inHand.delete(message.MessageId ?? '');
        resolve();
      });
      mostAtOnce = Math.max(mostAtOnce, inHand.size);
    });
  return { process, inHand, mostAtOnce: () => mostAtOnce };
}

const settle = () => new Promise((resolve) => setImmediate(resolve));

describe(QueuePoller.name, () => {
  it('never holds more messages than its concurrency and asks SQS only for free slots', async () => {
    const sqs = fakeSqs(messages(5));
    const handler = gatedProcess();
    const poller = new QueuePoller(sqs.client, queue, 2, handler.process, silentLogger);
    poller.start();
    await settle();
    expect([...handler.inHand.keys()]).toEqual(['m-0', 'm-1']);

    handler.inHand.get('m-0')?.();
    await settle();
    expect([...handler.inHand.keys()]).toEqual(['m-1', 'm-2']);
    expect(sqs.requestedCounts).toEqual([2, 1]);

    while (handler.inHand.size > 0) {
      for (const finish of [...handler.inHand.values()]) finish();
      await settle();
    }
    expect(await poller.stop(1_000)).toEqual({ abandoned: 0 });
    expect(handler.mostAtOnce()).toBe(2);
    expect(sqs.requestedCounts).toEqual([2, 1, 2, 2]);
  });

  it('on stop, stops receiving and waits for the messages in hand', async () => {
    const sqs = fakeSqs(messages(1));
    const handler = gatedProcess();
    const poller = new QueuePoller(sqs.client, queue, 4, handler.process, silentLogger);
    poller.start();
    await settle();

    let stopped = false;
    const stopping = poller.stop(60_000).then((result) => {
      stopped = true;
      return result;
    });
    await settle();
    expect(stopped).toBe(false);

    handler.inHand.get('m-0')?.();
    expect(await stopping).toEqual({ abandoned: 0 });
    expect(sqs.requestedCounts).toHaveLength(2);
  });

  it('gives up waiting after the shutdown timeout and reports what it abandoned', async () => {
    const sqs = fakeSqs(messages(2));
    const handler = gatedProcess();
    const poller = new QueuePoller(sqs.client, queue, 4, handler.process, silentLogger);
    poller.start();
    await settle();

    expect(await poller.stop(10)).toEqual({ abandoned: 2 });
  });
});
