import { returnsQueueUrls, rewriteQueueUrls } from './queue-urls';

describe(rewriteQueueUrls.name, () => {
  it('puts the host the client called on every fauxqs queue URL', () => {
    const body = JSON.stringify({
      QueueUrls: [
        'http://sqs.us-east-1.localhost:4566/000000000000/a',
        'http://sqs.eu-west-1.localhost:4566/000000000000/b',
      ],
    });
    expect(JSON.parse(rewriteQueueUrls(body, '127.0.0.1:4566'))).toEqual({
      QueueUrls: ['http://127.0.0.1:4566/000000000000/a', 'http://127.0.0.1:4566/000000000000/b'],
    });
  });

  it('leaves other text alone', () => {
    expect(rewriteQueueUrls('{"Body":"see http://example.com/"}', 'h:1')).toBe('{"Body":"see http://example.com/"}');
  });
});

describe(returnsQueueUrls.name, () => {
  it.each([
    ['AmazonSQS.CreateQueue', true],
    ['AmazonSQS.GetQueueUrl', true],
    ['AmazonSQS.ListQueues', true],
    ['AmazonSQS.ReceiveMessage', false],
    ['AWSEvents.PutEvents', false],
    [undefined, false],
  ])('%s → %s', (target, expected) => {
    expect(returnsQueueUrls(target)).toBe(expected);
  });
});
