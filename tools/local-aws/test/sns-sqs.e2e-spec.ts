import { PublishCommand } from '@aws-sdk/client-sns';
import { messagingTopology, physicalName } from '@shop/topology';
import { applyTopology, startLocalAws, type AppliedTopology, type LocalAws } from '../src';
import { awsClients, receiveOne, uniquePrefix, waitingMessages } from './aws-clients';

describe('SNS to SQS through the local endpoint', () => {
  let aws: LocalAws;
  let clients: ReturnType<typeof awsClients>;
  let applied: AppliedTopology;
  const prefix = uniquePrefix();

  beforeAll(async () => {
    aws = await startLocalAws({ port: 0 });
    clients = awsClients(aws.url);
    applied = await applyTopology(messagingTopology, { endpoint: aws.url, region: 'us-east-1', prefix });
  });

  afterAll(async () => {
    clients.destroy();
    await aws.stop();
  });

  const publish = (type: string, body: string) =>
    clients.sns.send(
      new PublishCommand({
        TopicArn: applied.topics['catalog-events']?.arn,
        Message: body,
        MessageAttributes: {
          'shop.event.type': { DataType: 'String', StringValue: type },
          traceparent: { DataType: 'String', StringValue: '00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01' },
        },
      }),
    );

  it('names the topic and queue with the prefix', () => {
    expect(applied.topics['catalog-events']?.name).toBe(physicalName('catalog-events', prefix));
    expect(applied.queues['inventory-catalog-events']?.url).toBe(
      `${aws.url}/000000000000/${physicalName('inventory-catalog-events', prefix)}`,
    );
  });

  it('delivers only the messages the filter policy accepts, raw, with their attributes', async () => {
    const queueUrl = applied.queues['inventory-catalog-events']?.url ?? '';
    await publish('catalog.product.updated.v1', '{"n":"filtered out"}');
    await publish('catalog.product.created.v1', '{"n":"delivered"}');

    const message = await receiveOne(clients.sqs, queueUrl);

    expect(message.Body).toBe('{"n":"delivered"}');
    expect(message.MessageAttributes?.['shop.event.type']?.StringValue).toBe('catalog.product.created.v1');
    expect(message.MessageAttributes?.traceparent?.StringValue).toBe(
      '00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01',
    );
    await expect(waitingMessages(clients.sqs, queueUrl)).resolves.toBe(0);
  });
});
