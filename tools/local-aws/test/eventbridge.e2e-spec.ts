import {
  CreateEventBusCommand,
  DeleteEventBusCommand,
  DeleteRuleCommand,
  DisableRuleCommand,
  EnableRuleCommand,
  ListEventBusesCommand,
  DescribeEventBusCommand,
  DescribeRuleCommand,
  InvalidEventPatternException,
  ListRulesCommand,
  ListTargetsByRuleCommand,
  PutEventsCommand,
  PutRuleCommand,
  PutTargetsCommand,
  RemoveTargetsCommand,
  ResourceNotFoundException,
  type PutEventsRequestEntry,
} from '@aws-sdk/client-eventbridge';
import { CreateQueueCommand, DeleteQueueCommand, GetQueueAttributesCommand } from '@aws-sdk/client-sqs';
import { startLocalAws, type FunctionInvoker, type LocalAws } from '../src';
import { awsClients, eventIn, receiveOne, uniquePrefix, waitingMessages } from './aws-clients';

describe('EventBridge through the local endpoint', () => {
  let aws: LocalAws;
  let clients: ReturnType<typeof awsClients>;
  const invocations: string[] = [];
  // Stands in for the function runner: a function that always fails.
  const failingFunctions: FunctionInvoker = {
    invoke(functionArn) {
      invocations.push(functionArn);
      return Promise.reject(new Error('function crashed'));
    },
  };

  beforeAll(async () => {
    aws = await startLocalAws({
      port: 0,
      functionInvoker: failingFunctions,
      retryBaseDelayMs: 20,
      scheduleTimeScale: 120,
    });
    clients = awsClients(aws.url);
  });

  afterAll(async () => {
    clients.destroy();
    await aws.stop();
  });

  async function queue(name: string): Promise<{ url: string; arn: string }> {
    const { QueueUrl } = await clients.sqs.send(new CreateQueueCommand({ QueueName: name }));
    const { Attributes } = await clients.sqs.send(
      new GetQueueAttributesCommand({ QueueUrl, AttributeNames: ['QueueArn'] }),
    );
    return { url: QueueUrl ?? '', arn: Attributes?.QueueArn ?? '' };
  }

  async function busWithRule(pattern: object, targetArn: string, extra: object = {}) {
    const prefix = uniquePrefix();
    const bus = `${prefix}-bus`;
    await clients.events.send(new CreateEventBusCommand({ Name: bus }));
    const { RuleArn } = await clients.events.send(
      new PutRuleCommand({ Name: `${prefix}-rule`, EventBusName: bus, EventPattern: JSON.stringify(pattern) }),
    );
    await clients.events.send(
      new PutTargetsCommand({
        Rule: `${prefix}-rule`,
        EventBusName: bus,
        Targets: [{ Id: 'target', Arn: targetArn, ...extra }],
      }),
    );
    return { bus, rule: `${prefix}-rule`, ruleArn: RuleArn ?? '' };
  }

  const entry = (bus: string, overrides: Partial<PutEventsRequestEntry> = {}): PutEventsRequestEntry => ({
    EventBusName: bus,
    Source: 'shop.catalog',
    DetailType: 'catalog.product.price-changed.v1',
    Detail: JSON.stringify({ id: 'p1', price: { amount: 1200 } }),
    ...overrides,
  });

  describe('routing', () => {
    it('delivers the events a rule matches to its SQS target, in the AWS event shape', async () => {
      const target = await queue(`${uniquePrefix()}-prices`);
      const { bus } = await busWithRule(
        {
          source: ['shop.catalog'],
          'detail-type': ['catalog.product.price-changed.v1'],
          detail: { price: { amount: [{ numeric: ['>', 1000] }] } },
        },
        target.arn,
      );

      const result = await clients.events.send(
        new PutEventsCommand({
          Entries: [
            entry(bus, { Detail: JSON.stringify({ id: 'cheap', price: { amount: 500 } }) }),
            entry(bus, { DetailType: 'catalog.product.created.v1' }),
            entry(bus, { Resources: ['arn:aws:shop:product/p1'], Time: new Date('2026-03-01T12:00:00Z') }),
          ],
        }),
      );

      expect(result.FailedEntryCount).toBe(0);
      const message = await receiveOne(clients.sqs, target.url);
      expect(JSON.parse(message.Body ?? '')).toEqual({
        version: '0',
        id: result.Entries?.[2]?.EventId,
        'detail-type': 'catalog.product.price-changed.v1',
        source: 'shop.catalog',
        account: '000000000000',
        time: '2026-03-01T12:00:00Z',
        region: 'us-east-1',
        resources: ['arn:aws:shop:product/p1'],
        detail: { id: 'p1', price: { amount: 1200 } },
      });
      await expect(waitingMessages(clients.sqs, target.url)).resolves.toBe(0);
    });

    it('fans one event out to every matching rule', async () => {
      const audit = await queue(`${uniquePrefix()}-audit`);
      const prices = await queue(`${uniquePrefix()}-prices`);
      const { bus } = await busWithRule({ source: [{ prefix: 'shop.' }] }, audit.arn);
      await clients.events.send(
        new PutRuleCommand({
          Name: 'prices',
          EventBusName: bus,
          EventPattern: '{"detail-type":[{"suffix":".price-changed.v1"}]}',
        }),
      );
      await clients.events.send(
        new PutTargetsCommand({ Rule: 'prices', EventBusName: bus, Targets: [{ Id: 'p', Arn: prices.arn }] }),
      );

      const { Entries } = await clients.events.send(new PutEventsCommand({ Entries: [entry(bus)] }));

      const [fromAudit, fromPrices] = await Promise.all([
        receiveOne(clients.sqs, audit.url),
        receiveOne(clients.sqs, prices.url),
      ]);
      expect(eventIn(fromAudit).id).toBe(Entries?.[0]?.EventId);
      expect(eventIn(fromPrices).id).toBe(Entries?.[0]?.EventId);
    });

    it('sends a target its Input instead of the event when it has one', async () => {
      const target = await queue(`${uniquePrefix()}-input`);
      const { bus } = await busWithRule({ source: ['shop.catalog'] }, target.arn, { Input: '{"constant":true}' });

      await clients.events.send(new PutEventsCommand({ Entries: [entry(bus)] }));

      await expect(receiveOne(clients.sqs, target.url)).resolves.toMatchObject({ Body: '{"constant":true}' });
    });
  });

  describe('PutEvents limits', () => {
    it('refuses more than 10 entries', async () => {
      const entries = Array.from({ length: 11 }, () => entry('default'));
      await expect(clients.events.send(new PutEventsCommand({ Entries: entries }))).rejects.toMatchObject({
        name: 'ValidationException',
        message: expect.stringContaining('Member must have length less than or equal to 10') as unknown,
      });
    });

    it('refuses a request over 256 KiB', async () => {
      const detail = JSON.stringify({ blob: 'x'.repeat(140 * 1024) });
      await expect(
        clients.events.send(
          new PutEventsCommand({
            Entries: [entry('default', { Detail: detail }), entry('default', { Detail: detail })],
          }),
        ),
      ).rejects.toMatchObject({
        name: 'ValidationException',
        message: 'Total size of the entries in the request is over the limit.',
      });
    });

    it('fails single entries with ErrorCode and ErrorMessage and delivers the others', async () => {
      const target = await queue(`${uniquePrefix()}-partial`);
      const { bus } = await busWithRule({ source: ['shop.catalog'] }, target.arn);

      const result = await clients.events.send(
        new PutEventsCommand({
          Entries: [
            entry(bus, { Source: undefined }),
            entry(bus, { Detail: '[1, 2]' }),
            entry(bus, { DetailType: undefined }),
            entry(bus),
            entry('no-such-bus'),
          ],
        }),
      );

      expect(result.FailedEntryCount).toBe(4);
      expect(result.Entries?.map(({ ErrorCode, ErrorMessage }) => ({ ErrorCode, ErrorMessage }))).toEqual([
        {
          ErrorCode: 'InvalidArgument',
          ErrorMessage: 'Parameter Source is not valid. Reason: Source is a required argument.',
        },
        { ErrorCode: 'MalformedDetail', ErrorMessage: 'Detail is malformed.' },
        {
          ErrorCode: 'InvalidArgument',
          ErrorMessage: 'Parameter DetailType is not valid. Reason: DetailType is a required argument.',
        },
        { ErrorCode: undefined, ErrorMessage: undefined },
        { ErrorCode: 'ResourceNotFoundException', ErrorMessage: 'Event bus no-such-bus does not exist.' },
      ]);
      expect(result.Entries?.[3]?.EventId).toEqual(expect.any(String));
      const message = await receiveOne(clients.sqs, target.url);
      expect(eventIn(message).id).toBe(result.Entries?.[3]?.EventId);
      await expect(waitingMessages(clients.sqs, target.url)).resolves.toBe(0);
    });

    it('fails the whole request when no entry has Source, DetailType and Detail', async () => {
      await expect(
        clients.events.send(new PutEventsCommand({ Entries: [entry('default', { Detail: undefined })] })),
      ).rejects.toMatchObject({ name: 'ValidationException' });
    });
  });

  describe('buses, rules and targets', () => {
    it('creates, describes, lists and deletes a bus; the default bus always exists', async () => {
      const bus = `${uniquePrefix()}-bus`;
      const { EventBusArn } = await clients.events.send(new CreateEventBusCommand({ Name: bus, Description: 'tests' }));

      expect(EventBusArn).toBe(`arn:aws:events:us-east-1:000000000000:event-bus/${bus}`);
      await expect(clients.events.send(new CreateEventBusCommand({ Name: bus }))).rejects.toMatchObject({
        name: 'ResourceAlreadyExistsException',
      });
      await expect(clients.events.send(new DescribeEventBusCommand({ Name: bus }))).resolves.toMatchObject({
        Name: bus,
        Arn: EventBusArn,
        Description: 'tests',
      });
      const listed = await clients.events.send(new ListEventBusesCommand({ NamePrefix: bus }));
      expect(listed.EventBuses?.map((listedBus) => listedBus.Name)).toEqual([bus]);
      const all = await clients.events.send(new ListEventBusesCommand({}));
      expect(all.EventBuses?.map((listedBus) => listedBus.Name)).toContain('default');

      await clients.events.send(new DeleteEventBusCommand({ Name: bus }));
      await expect(clients.events.send(new DescribeEventBusCommand({ Name: bus }))).rejects.toMatchObject({
        name: 'ResourceNotFoundException',
      });
    });

    it('delivers nothing for a disabled rule', async () => {
      const target = await queue(`${uniquePrefix()}-disabled`);
      const { bus, rule } = await busWithRule({ source: ['shop.catalog'] }, target.arn);
      await clients.events.send(new DisableRuleCommand({ Name: rule, EventBusName: bus }));
      await clients.events.send(new PutEventsCommand({ Entries: [entry(bus, { Detail: '{"n":"while disabled"}' })] }));
      await clients.events.send(new EnableRuleCommand({ Name: rule, EventBusName: bus }));
      await clients.events.send(new PutEventsCommand({ Entries: [entry(bus, { Detail: '{"n":"enabled"}' })] }));

      const message = await receiveOne(clients.sqs, target.url);

      expect(eventIn(message).detail).toEqual({ n: 'enabled' });
      await expect(waitingMessages(clients.sqs, target.url)).resolves.toBe(0);
    });

    it('answers ResourceNotFoundException for unknown buses and rules', async () => {
      await expect(clients.events.send(new DescribeEventBusCommand({ Name: 'missing' }))).rejects.toMatchObject({
        name: 'ResourceNotFoundException',
        message: 'Event bus missing does not exist.',
      });
      await expect(clients.events.send(new DescribeRuleCommand({ Name: 'missing' }))).rejects.toMatchObject({
        name: 'ResourceNotFoundException',
        message: 'Rule missing does not exist on EventBus default.',
      });
      await expect(
        clients.events.send(
          new PutRuleCommand({ Name: 'r', EventBusName: 'missing', EventPattern: '{"source":["x"]}' }),
        ),
      ).rejects.toThrow(ResourceNotFoundException);
    });

    it('refuses an invalid event pattern with InvalidEventPatternException', async () => {
      await expect(
        clients.events.send(
          new PutRuleCommand({ Name: uniquePrefix(), EventPattern: '{"source":[{"prefixes":"shop."}]}' }),
        ),
      ).rejects.toThrow(InvalidEventPatternException);
    });

    it('describes and lists rules, lists targets, and deletes a rule only once its targets are removed', async () => {
      const target = await queue(`${uniquePrefix()}-listed`);
      const { bus, rule, ruleArn } = await busWithRule({ source: ['shop.catalog'] }, target.arn, {
        DeadLetterConfig: { Arn: target.arn },
        RetryPolicy: { MaximumRetryAttempts: 3, MaximumEventAgeInSeconds: 600 },
      });

      await expect(
        clients.events.send(new DescribeRuleCommand({ Name: rule, EventBusName: bus })),
      ).resolves.toMatchObject({
        Name: rule,
        Arn: ruleArn,
        EventBusName: bus,
        State: 'ENABLED',
        EventPattern: '{"source":["shop.catalog"]}',
      });
      const listed = await clients.events.send(new ListRulesCommand({ EventBusName: bus }));
      expect(listed.Rules?.map((listedRule) => listedRule.Name)).toEqual([rule]);
      const { Targets } = await clients.events.send(new ListTargetsByRuleCommand({ Rule: rule, EventBusName: bus }));
      expect(Targets).toEqual([
        {
          Id: 'target',
          Arn: target.arn,
          DeadLetterConfig: { Arn: target.arn },
          RetryPolicy: { MaximumRetryAttempts: 3, MaximumEventAgeInSeconds: 600 },
        },
      ]);

      await expect(clients.events.send(new DeleteRuleCommand({ Name: rule, EventBusName: bus }))).rejects.toMatchObject(
        {
          name: 'ValidationException',
          message: "Rule can't be deleted since it has targets.",
        },
      );
      await clients.events.send(new RemoveTargetsCommand({ Rule: rule, EventBusName: bus, Ids: ['target'] }));
      await clients.events.send(new DeleteRuleCommand({ Name: rule, EventBusName: bus }));
      await expect(clients.events.send(new DescribeRuleCommand({ Name: rule, EventBusName: bus }))).rejects.toThrow(
        ResourceNotFoundException,
      );
    });
  });

  describe('failed deliveries', () => {
    it('sends an event for a deleted target queue to the target DLQ with the reason', async () => {
      const doomed = await queue(`${uniquePrefix()}-doomed`);
      const dlq = await queue(`${uniquePrefix()}-dlq`);
      const { bus, ruleArn } = await busWithRule({ source: ['shop.catalog'] }, doomed.arn, {
        DeadLetterConfig: { Arn: dlq.arn },
        RetryPolicy: { MaximumRetryAttempts: 5, MaximumEventAgeInSeconds: 60 },
      });
      await clients.sqs.send(new DeleteQueueCommand({ QueueUrl: doomed.url }));

      const { Entries } = await clients.events.send(new PutEventsCommand({ Entries: [entry(bus)] }));

      const message = await receiveOne(clients.sqs, dlq.url);
      expect(eventIn(message).id).toBe(Entries?.[0]?.EventId);
      const attribute = (name: string) => message.MessageAttributes?.[name]?.StringValue;
      expect(attribute('RULE_ARN')).toBe(ruleArn);
      expect(attribute('TARGET_ARN')).toBe(doomed.arn);
      expect(attribute('ERROR_CODE')).toBe('RESOURCE_NOT_FOUND');
      expect(attribute('ERROR_MESSAGE')).toBe(`The queue ${doomed.arn} does not exist.`);
    });

    it('retries a failing target as its RetryPolicy says, then sends the event to its DLQ', async () => {
      const dlq = await queue(`${uniquePrefix()}-dlq`);
      const functionArn = `arn:aws:lambda:us-east-1:000000000000:function:${uniquePrefix()}`;
      const { bus } = await busWithRule({ source: ['shop.catalog'] }, functionArn, {
        DeadLetterConfig: { Arn: dlq.arn },
        RetryPolicy: { MaximumRetryAttempts: 2, MaximumEventAgeInSeconds: 60 },
      });

      await clients.events.send(new PutEventsCommand({ Entries: [entry(bus)] }));

      const message = await receiveOne(clients.sqs, dlq.url);
      const attribute = (name: string) => message.MessageAttributes?.[name]?.StringValue;
      expect(attribute('ERROR_MESSAGE')).toBe('function crashed');
      expect(attribute('RETRY_ATTEMPTS')).toBe('2');
      expect(attribute('EXHAUSTED_RETRY_CONDITION')).toBe('MaximumRetryAttempts');
      expect(invocations.filter((arn) => arn === functionArn)).toHaveLength(3);
    });
  });

  describe('schedules', () => {
    // The endpoint runs its schedule clock 120 times faster here: rate(1 minute) fires every 0.5 s.
    it('fires a rate schedule with a Scheduled Event', async () => {
      const target = await queue(`${uniquePrefix()}-ticks`);
      const name = uniquePrefix();
      const { RuleArn } = await clients.events.send(
        new PutRuleCommand({ Name: name, ScheduleExpression: 'rate(1 minute)' }),
      );
      await clients.events.send(new PutTargetsCommand({ Rule: name, Targets: [{ Id: 'ticks', Arn: target.arn }] }));

      const message = await receiveOne(clients.sqs, target.url);

      expect(JSON.parse(message.Body ?? '')).toMatchObject({
        'detail-type': 'Scheduled Event',
        source: 'aws.events',
        resources: [RuleArn],
        detail: {},
      });
    });

    it('refuses a schedule on a custom bus, as AWS does', async () => {
      const bus = `${uniquePrefix()}-bus`;
      await clients.events.send(new CreateEventBusCommand({ Name: bus }));
      await expect(
        clients.events.send(
          new PutRuleCommand({ Name: 'tick', EventBusName: bus, ScheduleExpression: 'rate(5 minutes)' }),
        ),
      ).rejects.toMatchObject({
        name: 'ValidationException',
        message: 'ScheduleExpression is supported only on the default event bus.',
      });
    });

    it('refuses a malformed schedule expression', async () => {
      await expect(
        clients.events.send(new PutRuleCommand({ Name: uniquePrefix(), ScheduleExpression: 'rate(5 minute)' })),
      ).rejects.toMatchObject({ name: 'ValidationException' });
    });
  });
});
