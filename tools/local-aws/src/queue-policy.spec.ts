import { queuePolicy } from './queue-policy';

describe(queuePolicy.name, () => {
  const queueArn = 'arn:aws:sqs:us-east-1:000000000000:audit';
  const topic = { service: 'sns.amazonaws.com', sourceArn: 'arn:aws:sns:us-east-1:000000000000:t' } as const;
  const rule = {
    service: 'events.amazonaws.com',
    sourceArn: 'arn:aws:events:us-east-1:000000000000:rule/b/r',
  } as const;

  it('allows each sender to send, only from its own ARN', () => {
    expect(JSON.parse(queuePolicy(queueArn, [topic, rule]))).toEqual({
      Version: '2012-10-17',
      Statement: [
        {
          Sid: 'allow-events-1',
          Effect: 'Allow',
          Principal: { Service: 'events.amazonaws.com' },
          Action: 'sqs:SendMessage',
          Resource: queueArn,
          Condition: { ArnEquals: { 'aws:SourceArn': rule.sourceArn } },
        },
        {
          Sid: 'allow-sns-2',
          Effect: 'Allow',
          Principal: { Service: 'sns.amazonaws.com' },
          Action: 'sqs:SendMessage',
          Resource: queueArn,
          Condition: { ArnEquals: { 'aws:SourceArn': topic.sourceArn } },
        },
      ],
    });
  });

  it('is the same text whatever the order and repetition of senders', () => {
    expect(queuePolicy(queueArn, [rule, topic, rule])).toBe(queuePolicy(queueArn, [topic, rule]));
  });
});
