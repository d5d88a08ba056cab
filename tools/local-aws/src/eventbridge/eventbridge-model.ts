/** What the EventBridge emulator keeps: buses, rules and their targets (AWS field meanings). */

export const ACCOUNT_ID = '000000000000';
export const DEFAULT_BUS = 'default';

export interface EventBusRecord {
  readonly region: string;
  readonly name: string;
  readonly description?: string;
  /** Epoch milliseconds. */
  readonly createdAt: number;
}

export type RuleState = 'ENABLED' | 'DISABLED';

export interface RetryPolicyRecord {
  readonly maximumRetryAttempts: number;
  readonly maximumEventAgeInSeconds: number;
}

export interface TargetRecord {
  readonly id: string;
  readonly arn: string;
  readonly input?: string;
  readonly inputPath?: string;
  readonly roleArn?: string;
  readonly deadLetterArn?: string;
  readonly retryPolicy?: RetryPolicyRecord;
}

export interface RuleRecord {
  readonly region: string;
  readonly busName: string;
  readonly name: string;
  readonly eventPattern?: string;
  readonly scheduleExpression?: string;
  readonly state: RuleState;
  readonly description?: string;
  readonly roleArn?: string;
  /** Epoch milliseconds; rate schedules count their periods from here. */
  readonly createdAt: number;
  readonly targets: readonly TargetRecord[];
}

/** AWS's retry defaults for a rule target without a RetryPolicy: 24 hours and 185 attempts. */
export const DEFAULT_RETRY_POLICY: RetryPolicyRecord = { maximumRetryAttempts: 185, maximumEventAgeInSeconds: 86_400 };

export function busArn(region: string, name: string): string {
  return `arn:aws:events:${region}:${ACCOUNT_ID}:event-bus/${name}`;
}

export function ruleArn(rule: Pick<RuleRecord, 'region' | 'busName' | 'name'>): string {
  const path = rule.busName === DEFAULT_BUS ? rule.name : `${rule.busName}/${rule.name}`;
  return `arn:aws:events:${rule.region}:${ACCOUNT_ID}:rule/${path}`;
}

/** An event as EventBridge delivers it to targets. */
export interface EventBridgeEvent {
  readonly version: '0';
  readonly id: string;
  readonly 'detail-type': string;
  readonly source: string;
  readonly account: string;
  readonly time: string;
  readonly region: string;
  readonly resources: readonly string[];
  readonly detail: Readonly<Record<string, unknown>>;
}

/** AWS's event time: ISO 8601 in UTC to the second. */
export function eventTime(epochMs: number): string {
  return new Date(epochMs).toISOString().replace(/\.\d{3}Z$/, 'Z');
}
