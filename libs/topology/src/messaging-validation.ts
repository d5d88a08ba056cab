import type { FilterPolicy, MessagingTopology, QueueDeclaration, RuleDeclaration } from './messaging-types';
import { deadLetterQueueName } from './messaging-names';

/**
 * Visibility timeout = handler budget + this margin, at least. Our consumer extends the visibility of a
 * message whose handler runs long, so the timeout need not cover the worst case; it only has to outlast
 * a normal handler (p99 under `handlerTimeoutSeconds`) plus receiving, waiting for a free slot and
 * deleting. It is also how long a message stays hidden after its consumer crashed, so a larger value only
 * delays recovery. (Lambda's "6 x the function timeout" rule exists for Lambda's own poller retrying
 * throttled invocations inside the visibility window; we run our own poller.)
 */
export const VISIBILITY_MARGIN_SECONDS = 30;

/** Long polling at the maximum SQS allows. */
export const LONG_POLL_SECONDS = 20;

const LOGICAL_NAME = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const SQS_MAX_VISIBILITY_SECONDS = 12 * 3600;
const SQS_MIN_RETENTION_SECONDS = 60;
const SQS_MAX_RETENTION_SECONDS = 14 * 24 * 3600;
const EVENTBRIDGE_MAX_RETRY_ATTEMPTS = 185;
const EVENTBRIDGE_MIN_EVENT_AGE_SECONDS = 60;
const EVENTBRIDGE_MAX_EVENT_AGE_SECONDS = 24 * 3600;
/** EventBridge runs schedule expressions only on the account's default bus, which always exists. */
const DEFAULT_BUS = 'default';

/**
 * The problems of a topology, one sentence each; empty when it is fine. Checks what AWS would reject
 * and what AWS would accept but lose messages with: a queue without a DLQ or long polling, a visibility
 * timeout below the handler's budget, a target without a DLQ or explicit retries, references to
 * undeclared resources, and filter policies on attributes no publisher sets.
 */
export function validateTopology(topology: MessagingTopology): string[] {
  return [
    ...uniqueNameProblems(topology),
    ...topology.queues.flatMap(queueProblems),
    ...subscriptionProblems(topology),
    ...topology.rules.flatMap((rule) => ruleProblems(rule, topology)),
  ];
}

function uniqueNameProblems(topology: MessagingTopology): string[] {
  const queueNames = topology.queues.flatMap((queue) => [queue.name, queue.deadLetterQueue.name]);
  const namespaces: [string, string[]][] = [
    ['topic', topology.topics.map((topic) => topic.name)],
    ['queue', queueNames],
    ['bus', topology.buses.map((bus) => bus.name)],
    ['rule', topology.rules.map((rule) => rule.name)],
  ];
  const problems: string[] = [];
  for (const [kind, names] of namespaces) {
    for (const name of duplicates(names)) problems.push(`${kind} name "${name}" is declared more than once`);
    for (const name of names.filter((candidate) => !LOGICAL_NAME.test(candidate))) {
      problems.push(`${kind} name "${name}" is not lower-case words joined by hyphens`);
    }
  }
  const pairs = topology.subscriptions.map((subscription) => `${subscription.topic} -> ${subscription.queue}`);
  for (const pair of duplicates(pairs)) problems.push(`subscription ${pair} is declared more than once`);
  return problems;
}

function queueProblems(queue: QueueDeclaration): string[] {
  const problems: string[] = [];
  const at = `queue "${queue.name}"`;
  if (queue.receiveWaitTimeSeconds !== LONG_POLL_SECONDS) {
    problems.push(`${at} must long-poll for ${LONG_POLL_SECONDS} s, not ${queue.receiveWaitTimeSeconds} s`);
  }
  if (!(queue.handlerTimeoutSeconds > 0)) problems.push(`${at} needs a positive handlerTimeoutSeconds`);
  const minimumVisibility = queue.handlerTimeoutSeconds + VISIBILITY_MARGIN_SECONDS;
  if (queue.visibilityTimeoutSeconds < minimumVisibility) {
    problems.push(
      `${at} has a visibility timeout of ${queue.visibilityTimeoutSeconds} s, below its handler budget ` +
        `${queue.handlerTimeoutSeconds} s + ${VISIBILITY_MARGIN_SECONDS} s margin`,
    );
  }
  if (queue.visibilityTimeoutSeconds > SQS_MAX_VISIBILITY_SECONDS) {
    problems.push(`${at} has a visibility timeout above the SQS maximum of ${SQS_MAX_VISIBILITY_SECONDS} s`);
  }
  if (!Number.isInteger(queue.maxReceiveCount) || queue.maxReceiveCount < 1 || queue.maxReceiveCount > 1000) {
    problems.push(`${at} needs a maxReceiveCount between 1 and 1000`);
  }
  for (const [name, retention] of [
    [queue.name, queue.messageRetentionSeconds],
    [queue.deadLetterQueue.name, queue.deadLetterQueue.messageRetentionSeconds],
  ] as const) {
    if (retention < SQS_MIN_RETENTION_SECONDS || retention > SQS_MAX_RETENTION_SECONDS) {
      problems.push(
        `queue "${name}" retention must be within ${SQS_MIN_RETENTION_SECONDS}-${SQS_MAX_RETENTION_SECONDS} s`,
      );
    }
  }
  if (queue.deadLetterQueue.name !== deadLetterQueueName(queue.name)) {
    problems.push(`${at} must have its dead-letter queue named "${deadLetterQueueName(queue.name)}"`);
  }
  if (queue.deadLetterQueue.messageRetentionSeconds <= queue.messageRetentionSeconds) {
    problems.push(`${at} keeps messages as long as its dead-letter queue, where they would expire on arrival`);
  }
  return problems;
}

function subscriptionProblems(topology: MessagingTopology): string[] {
  const topics = new Set(topology.topics.map((topic) => topic.name));
  const queues = new Set(topology.queues.map((queue) => queue.name));
  const attributes = new Set(topology.messageAttributes);
  return topology.subscriptions.flatMap((subscription) => {
    const at = `subscription ${subscription.topic} -> ${subscription.queue}`;
    const problems: string[] = [];
    if (!topics.has(subscription.topic)) problems.push(`${at} names an undeclared topic`);
    if (!queues.has(subscription.queue)) problems.push(`${at} names an undeclared queue`);
    if (!subscription.rawMessageDelivery) problems.push(`${at} must use raw message delivery`);
    if (subscription.filterPolicy === undefined) return problems;
    if ((subscription.filterPolicyScope ?? 'MessageAttributes') !== 'MessageAttributes') {
      problems.push(`${at} filters on the message body; filter on message attributes instead`);
      return problems;
    }
    for (const key of filterPolicyKeys(subscription.filterPolicy)) {
      if (!attributes.has(key)) problems.push(`${at} filters on "${key}", a message attribute nobody sets`);
    }
    return problems;
  });
}

/** Attribute names a filter policy tests, looking inside `$or` alternatives. */
function filterPolicyKeys(policy: FilterPolicy): string[] {
  return Object.entries(policy).flatMap(([key, value]) =>
    key === '$or' ? (value as readonly FilterPolicy[]).flatMap(filterPolicyKeys) : [key],
  );
}

function ruleProblems(rule: RuleDeclaration, topology: MessagingTopology): string[] {
  const at = `rule "${rule.name}"`;
  const problems: string[] = [];
  const buses = new Set(topology.buses.map((bus) => bus.name));
  const queues = new Set(topology.queues.map((queue) => queue.name));
  const deadLetterTargets = new Set(topology.queues.flatMap((queue) => [queue.name, queue.deadLetterQueue.name]));
  if (!buses.has(rule.bus) && !(rule.bus === DEFAULT_BUS && rule.scheduleExpression !== undefined)) {
    problems.push(`${at} is on an undeclared bus "${rule.bus}"`);
  }
  if ((rule.eventPattern === undefined) === (rule.scheduleExpression === undefined)) {
    problems.push(`${at} needs exactly one of eventPattern and scheduleExpression`);
  }
  if (rule.scheduleExpression !== undefined) {
    if (!/^(rate|cron)\(.+\)$/.test(rule.scheduleExpression)) problems.push(`${at} has an invalid schedule`);
    if (rule.bus !== DEFAULT_BUS) problems.push(`${at} has a schedule, which EventBridge runs only on the default bus`);
  }
  if (rule.targets.length === 0) problems.push(`${at} has no targets`);
  for (const id of duplicates(rule.targets.map((target) => target.id))) {
    problems.push(`${at} has target id "${id}" more than once`);
  }
  for (const target of rule.targets) {
    const targetAt = `${at} target "${target.id}"`;
    if (!queues.has(target.queue)) problems.push(`${targetAt} names an undeclared queue "${target.queue}"`);
    if (!deadLetterTargets.has(target.deadLetterQueue)) {
      problems.push(`${targetAt} has an undeclared dead-letter queue "${target.deadLetterQueue}"`);
    }
    const { maximumRetryAttempts, maximumEventAgeInSeconds } = target.retryPolicy;
    if (
      !Number.isInteger(maximumRetryAttempts) ||
      maximumRetryAttempts < 0 ||
      maximumRetryAttempts > EVENTBRIDGE_MAX_RETRY_ATTEMPTS
    ) {
      problems.push(`${targetAt} needs maximumRetryAttempts between 0 and ${EVENTBRIDGE_MAX_RETRY_ATTEMPTS}`);
    }
    if (
      maximumEventAgeInSeconds < EVENTBRIDGE_MIN_EVENT_AGE_SECONDS ||
      maximumEventAgeInSeconds > EVENTBRIDGE_MAX_EVENT_AGE_SECONDS
    ) {
      problems.push(
        `${targetAt} needs maximumEventAgeInSeconds between ${EVENTBRIDGE_MIN_EVENT_AGE_SECONDS} and ${EVENTBRIDGE_MAX_EVENT_AGE_SECONDS}`,
      );
    }
  }
  return problems;
}

function duplicates(values: readonly string[]): string[] {
  const seen = new Set<string>();
  const repeated = new Set<string>();
  for (const value of values) (seen.has(value) ? repeated : seen).add(value);
  return [...repeated];
}
