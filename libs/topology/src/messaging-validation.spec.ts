import { messagingTopology } from './messaging';
import type { MessagingTopology, QueueDeclaration, RuleDeclaration } from './messaging-types';
import { validateTopology, VISIBILITY_MARGIN_SECONDS } from './messaging-validation';

const queue = (overrides: Partial<QueueDeclaration> = {}): QueueDeclaration => ({
  name: 'orders',
  description: 'test queue',
  handlerTimeoutSeconds: 10,
  visibilityTimeoutSeconds: 60,
  receiveWaitTimeSeconds: 20,
  maxReceiveCount: 5,
  messageRetentionSeconds: 3600,
  deadLetterQueue: { name: 'orders-dlq', messageRetentionSeconds: 7200 },
  ...overrides,
});

const rule = (overrides: Partial<RuleDeclaration> = {}): RuleDeclaration => ({
  name: 'all-orders',
  bus: 'bus',
  description: 'test rule',
  eventPattern: { source: ['shop.order'] },
  targets: [
    {
      id: 'orders',
      kind: 'sqs',
      queue: 'orders',
      deadLetterQueue: 'orders-dlq',
      retryPolicy: { maximumRetryAttempts: 3, maximumEventAgeInSeconds: 600 },
    },
  ],
  ...overrides,
});

const topology = (overrides: Partial<MessagingTopology> = {}): MessagingTopology => ({
  messageAttributes: ['shop.event.type'],
  topics: [{ name: 'topic', description: 'test topic' }],
  queues: [queue()],
  subscriptions: [
    { topic: 'topic', queue: 'orders', rawMessageDelivery: true, filterPolicy: { 'shop.event.type': ['a.v1'] } },
  ],
  buses: [{ name: 'bus', description: 'test bus' }],
  rules: [rule()],
  ...overrides,
});

describe(validateTopology.name, () => {
  it('finds no problem in the real messaging topology', () => {
    expect(validateTopology(messagingTopology)).toEqual([]);
  });

  it('finds no problem in the valid test topology the other cases start from', () => {
    expect(validateTopology(topology())).toEqual([]);
  });

  it.each<[string, Partial<MessagingTopology>, string]>([
    ['short polling', { queues: [queue({ receiveWaitTimeSeconds: 0 })] }, 'must long-poll for 20 s'],
    [
      'a visibility timeout within the margin of the handler budget',
      { queues: [queue({ handlerTimeoutSeconds: 40, visibilityTimeoutSeconds: 40 + VISIBILITY_MARGIN_SECONDS - 1 })] },
      'below its handler budget',
    ],
    [
      'a dead-letter queue not named after its queue',
      { queues: [queue({ deadLetterQueue: { name: 'dead', messageRetentionSeconds: 7200 } })] },
      'named "orders-dlq"',
    ],
    [
      'a dead-letter queue keeping messages no longer than its queue',
      { queues: [queue({ deadLetterQueue: { name: 'orders-dlq', messageRetentionSeconds: 3600 } })] },
      'expire on arrival',
    ],
    ['a zero maxReceiveCount', { queues: [queue({ maxReceiveCount: 0 })] }, 'maxReceiveCount'],
    ['a queue declared twice', { queues: [queue(), queue()] }, 'queue name "orders" is declared more than once'],
    [
      'a queue named like another queue’s DLQ',
      {
        queues: [
          queue(),
          queue({ name: 'orders-dlq', deadLetterQueue: { name: 'orders-dlq-dlq', messageRetentionSeconds: 7200 } }),
        ],
      },
      'queue name "orders-dlq" is declared more than once',
    ],
    ['an upper-case name', { topics: [{ name: 'Topic', description: '' }] }, 'not lower-case words'],
    [
      'a subscription to an undeclared topic',
      { subscriptions: [{ topic: 'nope', queue: 'orders', rawMessageDelivery: true }] },
      'undeclared topic',
    ],
    [
      'a subscription of an undeclared queue',
      { subscriptions: [{ topic: 'topic', queue: 'nope', rawMessageDelivery: true }] },
      'undeclared queue',
    ],
    [
      'a subscription without raw delivery',
      { subscriptions: [{ topic: 'topic', queue: 'orders', rawMessageDelivery: false }] },
      'raw message delivery',
    ],
    [
      'a filter policy on an undeclared attribute',
      { subscriptions: [{ topic: 'topic', queue: 'orders', rawMessageDelivery: true, filterPolicy: { kind: ['x'] } }] },
      'filters on "kind"',
    ],
    [
      'an undeclared attribute inside $or',
      {
        subscriptions: [
          {
            topic: 'topic',
            queue: 'orders',
            rawMessageDelivery: true,
            filterPolicy: { $or: [{ 'shop.event.type': ['a.v1'] }, { kind: ['x'] }] },
          },
        ],
      },
      'filters on "kind"',
    ],
    [
      'a body-scoped filter policy',
      {
        subscriptions: [
          {
            topic: 'topic',
            queue: 'orders',
            rawMessageDelivery: true,
            filterPolicy: { type: ['a.v1'] },
            filterPolicyScope: 'MessageBody',
          },
        ],
      },
      'filters on the message body',
    ],
    ['a rule on an undeclared bus', { rules: [rule({ bus: 'other' })] }, 'undeclared bus "other"'],
    [
      'a rule with both a pattern and a schedule',
      { rules: [rule({ scheduleExpression: 'rate(5 minutes)' })] },
      'exactly one of eventPattern and scheduleExpression',
    ],
    [
      'a schedule on a custom bus',
      { rules: [rule({ eventPattern: undefined, scheduleExpression: 'rate(5 minutes)' })] },
      'only on the default bus',
    ],
    ['a rule without targets', { rules: [rule({ targets: [] })] }, 'has no targets'],
    [
      'a target on an undeclared queue',
      { rules: [rule({ targets: [{ ...rule().targets[0]!, queue: 'nope' }] })] },
      'undeclared queue "nope"',
    ],
    [
      'a target whose DLQ is undeclared',
      { rules: [rule({ targets: [{ ...rule().targets[0]!, deadLetterQueue: 'nope' }] })] },
      'undeclared dead-letter queue "nope"',
    ],
    [
      'a target retrying more often than EventBridge allows',
      {
        rules: [
          rule({
            targets: [
              { ...rule().targets[0]!, retryPolicy: { maximumRetryAttempts: 186, maximumEventAgeInSeconds: 600 } },
            ],
          }),
        ],
      },
      'maximumRetryAttempts',
    ],
    [
      'a target with an event age below a minute',
      {
        rules: [
          rule({
            targets: [
              { ...rule().targets[0]!, retryPolicy: { maximumRetryAttempts: 3, maximumEventAgeInSeconds: 30 } },
            ],
          }),
        ],
      },
      'maximumEventAgeInSeconds',
    ],
    [
      'two targets with one id',
      { rules: [rule({ targets: [rule().targets[0]!, rule().targets[0]!] })] },
      'target id "orders" more than once',
    ],
  ])('reports %s', (_case, overrides, problem) => {
    const problems = validateTopology(topology(overrides));
    expect(problems).toContainEqual(expect.stringContaining(problem));
  });

  it('accepts a schedule on the default bus', () => {
    const scheduled = rule({ bus: 'default', eventPattern: undefined, scheduleExpression: 'rate(5 minutes)' });
    expect(validateTopology(topology({ rules: [scheduled] }))).toEqual([]);
  });
});
