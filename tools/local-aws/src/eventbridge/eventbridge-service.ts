import { randomUUID } from 'node:crypto';
import type { Logger } from 'pino';
import { EventBridgeError, notFound, validationError } from './eventbridge-errors';
import {
  ACCOUNT_ID,
  DEFAULT_BUS,
  busArn,
  eventTime,
  ruleArn,
  type EventBridgeEvent,
  type EventBusRecord,
  type RuleRecord,
  type TargetRecord,
} from './eventbridge-model';
import type { EventBridgeStore } from './eventbridge-store';
import { EventPatternError, matchesEventPattern, parseEventPattern, type EventPattern } from './event-pattern';
import { checkEntry, checkPutEventsRequest, hasRequiredFields } from './put-events-entries';
import { RuleScheduler, type ScheduleClock } from './rule-scheduler';
import { ScheduleExpressionError, parseScheduleExpression } from './schedule-expression';
import type { TargetDelivery } from './target-delivery';

type Input = Readonly<Record<string, unknown>>;
type Output = Record<string, unknown>;

const NAME_PATTERN = /^[/.\-_A-Za-z0-9]{1,256}$/;
const RULE_NAME_PATTERN = /^[.\-_A-Za-z0-9]{1,64}$/;
const MAX_TARGETS_PER_RULE = 5;
const MAX_TARGETS_PER_REQUEST = 10;
const MAX_EVENT_PATTERN_LENGTH = 4096;

/**
 * The EventBridge operations the emulator answers, in AWS's JSON shapes (PascalCase fields, epoch-second
 * timestamps). One instance serves every region; the region comes from the request's signature.
 */
export class EventBridgeService {
  private readonly scheduler: RuleScheduler;
  private readonly startedAt: number;
  private readonly patterns = new Map<string, EventPattern>();

  constructor(
    private readonly store: EventBridgeStore,
    private readonly delivery: TargetDelivery,
    private readonly clock: ScheduleClock,
    private readonly logger: Logger,
  ) {
    this.startedAt = clock.now();
    this.scheduler = new RuleScheduler(clock, (rule, firedAt) => this.fireSchedule(rule, firedAt), logger);
    for (const rule of store.allRules()) this.scheduler.sync(rule, this.startedAt);
  }

  stop(): void {
    this.scheduler.stop();
    this.delivery.stop();
  }

  handle(operation: string, input: Input, region: string): Output {
    switch (operation) {
      case 'CreateEventBus':
        return this.createEventBus(input, region);
      case 'DescribeEventBus':
        return this.describeEventBus(input, region);
      case 'ListEventBuses':
        return this.listEventBuses(input, region);
      case 'DeleteEventBus':
        return this.deleteEventBus(input, region);
      case 'PutRule':
        return this.putRule(input, region);
      case 'DescribeRule':
        return this.describeRule(input, region);
      case 'ListRules':
        return this.listRules(input, region);
      case 'DeleteRule':
        return this.deleteRule(input, region);
      case 'EnableRule':
        return this.setRuleState(input, region, 'ENABLED');
      case 'DisableRule':
        return this.setRuleState(input, region, 'DISABLED');
      case 'PutTargets':
        return this.putTargets(input, region);
      case 'ListTargetsByRule':
        return this.listTargetsByRule(input, region);
      case 'RemoveTargets':
        return this.removeTargets(input, region);
      case 'PutEvents':
        return this.putEvents(input, region);
      case 'TestEventPattern':
        return this.testEventPattern(input);
      default:
        throw new EventBridgeError(
          'UnknownOperationException',
          `Operation ${operation} is not supported by local-aws.`,
        );
    }
  }

  private createEventBus(input: Input, region: string): Output {
    const name = requiredString(input, 'Name');
    if (!NAME_PATTERN.test(name) || name === DEFAULT_BUS) {
      throw validationError(`Event bus name ${name} is not valid.`);
    }
    if (this.store.getBus(region, name)) {
      throw new EventBridgeError('ResourceAlreadyExistsException', `Event bus ${name} already exists.`);
    }
    const description = optionalString(input, 'Description');
    this.store.saveBus({ region, name, createdAt: Date.now(), ...(description === undefined ? {} : { description }) });
    return { EventBusArn: busArn(region, name) };
  }

  private describeEventBus(input: Input, region: string): Output {
    return busOutput(this.requireBus(region, optionalString(input, 'Name')));
  }

  private listEventBuses(input: Input, region: string): Output {
    const prefix = optionalString(input, 'NamePrefix') ?? '';
    const buses = [this.defaultBus(region), ...this.store.listBuses(region)].filter((bus) =>
      bus.name.startsWith(prefix),
    );
    return { EventBuses: buses.map(busOutput) };
  }

  private deleteEventBus(input: Input, region: string): Output {
    const name = busNameOf(requiredString(input, 'Name'));
    if (name === DEFAULT_BUS) throw validationError('Cannot delete event bus default.');
    if (this.store.listRules(region, name).length > 0) {
      throw validationError(`Event bus ${name} still has rules; delete them first.`);
    }
    this.store.deleteBus(region, name);
    return {};
  }

  private putRule(input: Input, region: string): Output {
    const name = requiredString(input, 'Name');
    if (!RULE_NAME_PATTERN.test(name)) throw validationError(`Rule name ${name} is not valid.`);
    const bus = this.requireBus(region, optionalString(input, 'EventBusName'));
    const eventPattern = optionalString(input, 'EventPattern');
    const scheduleExpression = optionalString(input, 'ScheduleExpression');
    if (eventPattern === undefined && scheduleExpression === undefined) {
      throw validationError('Parameter(s) EventPattern or ScheduleExpression must be specified.');
    }
    if (eventPattern !== undefined) checkEventPattern(eventPattern);
    if (scheduleExpression !== undefined) {
      if (bus.name !== DEFAULT_BUS)
        throw validationError('ScheduleExpression is supported only on the default event bus.');
      try {
        parseScheduleExpression(scheduleExpression);
      } catch (error) {
        if (error instanceof ScheduleExpressionError) throw validationError(error.message);
        throw error;
      }
    }
    const state = optionalString(input, 'State') ?? 'ENABLED';
    if (state !== 'ENABLED' && state !== 'DISABLED') throw validationError(`State ${state} is not valid.`);
    const existing = this.store.getRule(region, bus.name, name);
    const description = optionalString(input, 'Description');
    const roleArn = optionalString(input, 'RoleArn');
    const rule: RuleRecord = {
      region,
      busName: bus.name,
      name,
      state,
      createdAt: existing?.createdAt ?? this.clock.now(),
      targets: existing?.targets ?? [],
      ...(eventPattern === undefined ? {} : { eventPattern }),
      ...(scheduleExpression === undefined ? {} : { scheduleExpression }),
      ...(description === undefined ? {} : { description }),
      ...(roleArn === undefined ? {} : { roleArn }),
    };
    this.store.saveRule(rule);
    this.scheduler.sync(rule);
    return { RuleArn: ruleArn(rule) };
  }

  private describeRule(input: Input, region: string): Output {
    const rule = this.requireRule(region, optionalString(input, 'EventBusName'), requiredString(input, 'Name'));
    return ruleOutput(rule);
  }

  private listRules(input: Input, region: string): Output {
    const bus = this.requireBus(region, optionalString(input, 'EventBusName'));
    const prefix = optionalString(input, 'NamePrefix') ?? '';
    return {
      Rules: this.store
        .listRules(region, bus.name)
        .filter((rule) => rule.name.startsWith(prefix))
        .map(ruleOutput),
    };
  }

  private deleteRule(input: Input, region: string): Output {
    const bus = this.requireBus(region, optionalString(input, 'EventBusName'));
    const name = requiredString(input, 'Name');
    const rule = this.store.getRule(region, bus.name, name);
    // Like AWS, deleting a rule that does not exist succeeds.
    if (rule === undefined) return {};
    if (rule.targets.length > 0) throw validationError("Rule can't be deleted since it has targets.");
    this.scheduler.cancel(rule);
    this.store.deleteRule(region, bus.name, name);
    return {};
  }

  private setRuleState(input: Input, region: string, state: RuleRecord['state']): Output {
    const rule = this.requireRule(region, optionalString(input, 'EventBusName'), requiredString(input, 'Name'));
    const updated = { ...rule, state };
    this.store.saveRule(updated);
    this.scheduler.sync(updated);
    return {};
  }

  private putTargets(input: Input, region: string): Output {
    const rule = this.requireRule(region, optionalString(input, 'EventBusName'), requiredString(input, 'Rule'));
    const targets = input.Targets;
    if (!Array.isArray(targets) || targets.length === 0 || targets.length > MAX_TARGETS_PER_REQUEST) {
      throw validationError(`Targets must be a list of 1 to ${MAX_TARGETS_PER_REQUEST} targets.`);
    }
    const parsed = targets.map((target) => parseTarget(target as Input));
    const byId = new Map(rule.targets.map((target) => [target.id, target]));
    for (const target of parsed) byId.set(target.id, target);
    if (byId.size > MAX_TARGETS_PER_RULE) {
      throw new EventBridgeError(
        'LimitExceededException',
        `The requested resource exceeds the maximum number allowed (${MAX_TARGETS_PER_RULE} targets per rule).`,
      );
    }
    this.store.saveRule({ ...rule, targets: [...byId.values()] });
    return { FailedEntryCount: 0, FailedEntries: [] };
  }

  private listTargetsByRule(input: Input, region: string): Output {
    const rule = this.requireRule(region, optionalString(input, 'EventBusName'), requiredString(input, 'Rule'));
    return { Targets: rule.targets.map(targetOutput) };
  }

  private removeTargets(input: Input, region: string): Output {
    const rule = this.requireRule(region, optionalString(input, 'EventBusName'), requiredString(input, 'Rule'));
    const ids = input.Ids;
    if (!Array.isArray(ids) || ids.length === 0) throw validationError('Ids must be a non-empty list.');
    this.store.saveRule({ ...rule, targets: rule.targets.filter((target) => !ids.includes(target.id)) });
    return { FailedEntryCount: 0, FailedEntries: [] };
  }

  private putEvents(input: Input, region: string): Output {
    const entries = input.Entries;
    checkPutEventsRequest(entries);
    if (!entries.some(hasRequiredFields)) {
      throw validationError('Parameters Source, DetailType and Detail are required: no entry has all of them.');
    }
    const results = entries.map((entry) => {
      const checked = checkEntry(entry);
      if (!checked.ok) return { ErrorCode: checked.errorCode, ErrorMessage: checked.errorMessage };
      const busName = busNameOf(checked.busName ?? DEFAULT_BUS);
      if (busName !== DEFAULT_BUS && !this.store.getBus(region, busName)) {
        return { ErrorCode: 'ResourceNotFoundException', ErrorMessage: `Event bus ${busName} does not exist.` };
      }
      const event: EventBridgeEvent = {
        version: '0',
        id: randomUUID(),
        'detail-type': checked.detailType,
        source: checked.source,
        account: ACCOUNT_ID,
        time: eventTime(checked.time ?? Date.now()),
        region,
        resources: checked.resources,
        detail: checked.detail,
      };
      this.route(event, region, busName);
      return { EventId: event.id };
    });
    return { FailedEntryCount: results.filter((result) => 'ErrorCode' in result).length, Entries: results };
  }

  private testEventPattern(input: Input): Output {
    const pattern = checkEventPattern(requiredString(input, 'EventPattern'));
    let event: unknown;
    try {
      event = JSON.parse(requiredString(input, 'Event'));
    } catch {
      throw validationError('Parameter Event is not valid.');
    }
    return { Result: matchesEventPattern(pattern, event) };
  }

  private route(event: EventBridgeEvent, region: string, busName: string): void {
    for (const rule of this.store.listRules(region, busName)) {
      if (rule.state !== 'ENABLED' || rule.eventPattern === undefined) continue;
      if (!matchesEventPattern(this.compiledPattern(rule.eventPattern), event)) continue;
      for (const target of rule.targets) this.delivery.deliver(event, ruleArn(rule), target);
    }
  }

  /** Patterns were validated by PutRule; each text is parsed once, not for every event. */
  private compiledPattern(text: string): EventPattern {
    let pattern = this.patterns.get(text);
    if (pattern === undefined) {
      pattern = parseEventPattern(text);
      this.patterns.set(text, pattern);
    }
    return pattern;
  }

  private fireSchedule(scheduled: RuleRecord, firedAt: number): void {
    // Targets may have changed since the timer was armed: deliver to the rule as it is now.
    const rule = this.store.getRule(scheduled.region, scheduled.busName, scheduled.name);
    if (rule === undefined || rule.state !== 'ENABLED') return;
    const event: EventBridgeEvent = {
      version: '0',
      id: randomUUID(),
      'detail-type': 'Scheduled Event',
      source: 'aws.events',
      account: ACCOUNT_ID,
      time: eventTime(firedAt),
      region: rule.region,
      resources: [ruleArn(rule)],
      detail: {},
    };
    this.logger.debug({ rule: rule.name, time: event.time }, 'schedule fired');
    for (const target of rule.targets) this.delivery.deliver(event, ruleArn(rule), target);
  }

  private defaultBus(region: string): EventBusRecord {
    return { region, name: DEFAULT_BUS, createdAt: this.startedAt };
  }

  private requireBus(region: string, nameOrArn: string | undefined): EventBusRecord {
    const name = busNameOf(nameOrArn ?? DEFAULT_BUS);
    if (name === DEFAULT_BUS) return this.defaultBus(region);
    const bus = this.store.getBus(region, name);
    if (bus === undefined) throw notFound(`Event bus ${name} does not exist.`);
    return bus;
  }

  private requireRule(region: string, busNameOrArn: string | undefined, name: string): RuleRecord {
    const bus = this.requireBus(region, busNameOrArn);
    const rule = this.store.getRule(region, bus.name, name);
    if (rule === undefined) throw notFound(`Rule ${name} does not exist on EventBus ${bus.name}.`);
    return rule;
  }
}

function checkEventPattern(text: string) {
  if (text.length > MAX_EVENT_PATTERN_LENGTH) {
    throw validationError(`EventPattern is longer than ${MAX_EVENT_PATTERN_LENGTH} characters.`);
  }
  try {
    return parseEventPattern(text);
  } catch (error) {
    if (error instanceof EventPatternError) throw new EventBridgeError('InvalidEventPatternException', error.message);
    throw error;
  }
}

function parseTarget(input: Input): TargetRecord {
  const id = requiredString(input, 'Id');
  const arn = requiredString(input, 'Arn');
  const service = arn.split(':')[2];
  if (!arn.startsWith('arn:') || (service !== 'sqs' && service !== 'lambda')) {
    throw validationError(`Target ${id}: the local endpoint delivers only to SQS queues and functions, not ${arn}.`);
  }
  if (input.InputTransformer !== undefined) {
    throw validationError(`Target ${id}: InputTransformer is not supported by the local endpoint.`);
  }
  const deadLetter = input.DeadLetterConfig as Input | undefined;
  const retry = input.RetryPolicy as Input | undefined;
  const retryPolicy =
    retry === undefined
      ? undefined
      : {
          maximumRetryAttempts: boundedInteger(retry, 'MaximumRetryAttempts', 0, 185, 185),
          maximumEventAgeInSeconds: boundedInteger(retry, 'MaximumEventAgeInSeconds', 60, 86_400, 86_400),
        };
  const values = {
    input: optionalString(input, 'Input'),
    inputPath: optionalString(input, 'InputPath'),
    roleArn: optionalString(input, 'RoleArn'),
    deadLetterArn: deadLetter === undefined ? undefined : optionalString(deadLetter, 'Arn'),
    retryPolicy,
  };
  return { id, arn, ...Object.fromEntries(Object.entries(values).filter(([, value]) => value !== undefined)) };
}

function boundedInteger(input: Input, field: string, min: number, max: number, fallback: number): number {
  const value = input[field];
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    throw validationError(`${field} must be an integer from ${min} to ${max}.`);
  }
  return value;
}

function busOutput(bus: EventBusRecord): Output {
  return {
    Name: bus.name,
    Arn: busArn(bus.region, bus.name),
    ...(bus.description === undefined ? {} : { Description: bus.description }),
    CreationTime: bus.createdAt / 1000,
    LastModifiedTime: bus.createdAt / 1000,
  };
}

function ruleOutput(rule: RuleRecord): Output {
  return {
    Name: rule.name,
    Arn: ruleArn(rule),
    EventBusName: rule.busName,
    State: rule.state,
    ...(rule.eventPattern === undefined ? {} : { EventPattern: rule.eventPattern }),
    ...(rule.scheduleExpression === undefined ? {} : { ScheduleExpression: rule.scheduleExpression }),
    ...(rule.description === undefined ? {} : { Description: rule.description }),
    ...(rule.roleArn === undefined ? {} : { RoleArn: rule.roleArn }),
    CreatedBy: ACCOUNT_ID,
  };
}

function targetOutput(target: TargetRecord): Output {
  return {
    Id: target.id,
    Arn: target.arn,
    ...(target.input === undefined ? {} : { Input: target.input }),
    ...(target.inputPath === undefined ? {} : { InputPath: target.inputPath }),
    ...(target.roleArn === undefined ? {} : { RoleArn: target.roleArn }),
    ...(target.deadLetterArn === undefined ? {} : { DeadLetterConfig: { Arn: target.deadLetterArn } }),
    ...(target.retryPolicy === undefined
      ? {}
      : {
          RetryPolicy: {
            MaximumRetryAttempts: target.retryPolicy.maximumRetryAttempts,
            MaximumEventAgeInSeconds: target.retryPolicy.maximumEventAgeInSeconds,
          },
        }),
  };
}

/** A bus is named by its name or its ARN (`...:event-bus/name`). */
function busNameOf(nameOrArn: string): string {
  return nameOrArn.startsWith('arn:') ? (nameOrArn.split('/').pop() ?? nameOrArn) : nameOrArn;
}

function requiredString(input: Input, field: string): string {
  const value = input[field];
  if (typeof value !== 'string' || value === '') {
    throw validationError(
      `1 validation error detected: Value null at '${field}' failed to satisfy constraint: Member must not be null`,
    );
  }
  return value;
}

function optionalString(input: Input, field: string): string | undefined {
  const value = input[field];
  return typeof value === 'string' && value !== '' ? value : undefined;
}
