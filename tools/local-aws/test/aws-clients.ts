import { randomUUID } from 'node:crypto';
import { EventBridgeClient } from '@aws-sdk/client-eventbridge';
import { S3Client } from '@aws-sdk/client-s3';
import { SNSClient } from '@aws-sdk/client-sns';
import { GetQueueAttributesCommand, ReceiveMessageCommand, SQSClient, type Message } from '@aws-sdk/client-sqs';

/** The SDK clients a service would use, pointed at the local endpoint like AWS_ENDPOINT_URL does. */
export function awsClients(endpoint: string) {
  const config = { endpoint, region: 'us-east-1', credentials: { accessKeyId: 'test', secretAccessKey: 'test' } };
  const clients = {
    sqs: new SQSClient(config),
    sns: new SNSClient(config),
    events: new EventBridgeClient(config),
    // Path-style: the endpoint is an IP address, so bucket host names (virtual-hosted style) cannot resolve.
    s3: new S3Client({ ...config, forcePathStyle: true }),
  };
  return {
    ...clients,
    destroy() {
      clients.sqs.destroy();
      clients.sns.destroy();
      clients.events.destroy();
      clients.s3.destroy();
    },
  };
}

/** A resource name prefix no other test run uses. */
export function uniquePrefix(): string {
  return `t${randomUUID().slice(0, 8)}`;
}

/** Long-polls the queue (up to 20 s) for one message, with all its attributes. */
export async function receiveOne(sqs: SQSClient, queueUrl: string): Promise<Message> {
  const { Messages } = await sqs.send(
    new ReceiveMessageCommand({
      QueueUrl: queueUrl,
      MaxNumberOfMessages: 1,
      WaitTimeSeconds: 20,
      MessageAttributeNames: ['All'],
      MessageSystemAttributeNames: ['All'],
    }),
  );
  const [message] = Messages ?? [];
  if (message === undefined) throw new Error(`No message arrived on ${queueUrl} within 20 s`);
  return message;
}

/** Messages waiting on the queue (visible and delayed ones), for "nothing else arrived" checks. */
export async function waitingMessages(sqs: SQSClient, queueUrl: string): Promise<number> {
  const { Attributes } = await sqs.send(
    new GetQueueAttributesCommand({
      QueueUrl: queueUrl,
      AttributeNames: ['ApproximateNumberOfMessages', 'ApproximateNumberOfMessagesDelayed'],
    }),
  );
  return (
    Number(Attributes?.ApproximateNumberOfMessages ?? 0) + Number(Attributes?.ApproximateNumberOfMessagesDelayed ?? 0)
  );
}

/** The EventBridge event a message carries (its body). */
export function eventIn(message: Message): { id: string } & Record<string, unknown> {
  return JSON.parse(message.Body ?? '{}') as { id: string } & Record<string, unknown>;
}
