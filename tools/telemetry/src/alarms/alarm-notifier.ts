import { PublishCommand, SNSClient } from '@aws-sdk/client-sns';
import { physicalName } from '@shop/topology';
import type { AlarmDefinition, AlarmState } from './alarm-definition';

/** The topology topic alarm state changes go to. */
export const ALARM_TOPIC = 'alarm-notifications';

/** One state change of one alarm, to tell the world about. */
export interface AlarmNotification {
  readonly definition: AlarmDefinition;
  readonly oldState: AlarmState;
  readonly newState: AlarmState;
  readonly reason: string;
  readonly timeUs: number;
}

export interface AlarmNotifier {
  notify(notification: AlarmNotification): Promise<void>;
}

/** Where the topic lives and how to reach the endpoint (AWS_ENDPOINT_URL, AWS_REGION, AWS_ACCOUNT_ID, …). */
export interface SnsAlarmNotifierOptions {
  readonly region: string;
  readonly accountId: string;
  /** SHOP_RESOURCE_PREFIX: physical names are `${prefix}-${logical}`. */
  readonly resourcePrefix: string;
  /** The local endpoint; absent in AWS. */
  readonly endpoint?: string;
  /** Absent in AWS, where the SDK's credential chain applies. */
  readonly credentials?: { accessKeyId: string; secretAccessKey: string };
}

const CLOUDWATCH_STATISTICS: Partial<Record<string, string>> = {
  sum: 'Sum',
  avg: 'Average',
  min: 'Minimum',
  max: 'Maximum',
  count: 'SampleCount',
};
const SUBJECT_MAX_LENGTH = 100;

/**
 * Publishes alarm state changes to the `alarm-notifications` SNS topic the way CloudWatch does: Subject
 * `ALARM: "<name>" in <region>`, Message the JSON CloudWatch sends (AlarmName, NewStateValue, Trigger, …).
 */
export class SnsAlarmNotifier implements AlarmNotifier {
  readonly topicArn: string;

  constructor(
    private readonly sns: SNSClient,
    private readonly options: SnsAlarmNotifierOptions,
  ) {
    const topic = physicalName(ALARM_TOPIC, options.resourcePrefix);
    this.topicArn = `arn:aws:sns:${options.region}:${options.accountId}:${topic}`;
  }

  static create(options: SnsAlarmNotifierOptions): SnsAlarmNotifier {
    const client = new SNSClient({
      region: options.region,
      ...(options.endpoint === undefined ? {} : { endpoint: options.endpoint }),
      ...(options.credentials === undefined ? {} : { credentials: options.credentials }),
    });
    return new SnsAlarmNotifier(client, options);
  }

  async notify(notification: AlarmNotification): Promise<void> {
    await this.sns.send(
      new PublishCommand({
        TopicArn: this.topicArn,
        Subject: alarmSubject(notification, this.options.region),
        Message: JSON.stringify(alarmMessage(notification, this.options)),
      }),
    );
  }
}

/** `ALARM: "<name>" in <region>`, within SNS's 100 printable ASCII characters. */
export function alarmSubject(notification: AlarmNotification, region: string): string {
  const subject = `${notification.newState}: "${notification.definition.name}" in ${region}`;
  // SNS refuses subjects with control or non-ASCII characters.
  return subject.replace(/[^\x20-\x7e]/g, '?').slice(0, SUBJECT_MAX_LENGTH);
}

export function alarmMessage(notification: AlarmNotification, options: SnsAlarmNotifierOptions) {
  const { definition } = notification;
  const dimensions = [
    ...(definition.metric.service === undefined ? [] : [{ name: 'service', value: definition.metric.service }]),
    ...Object.entries(definition.metric.where ?? {}).map(([name, value]) => ({ name, value })),
  ];
  return {
    AlarmName: definition.name,
    AlarmDescription: definition.description ?? null,
    AWSAccountId: options.accountId,
    NewStateValue: notification.newState,
    NewStateReason: notification.reason,
    StateChangeTime: new Date(notification.timeUs / 1000).toISOString(),
    Region: options.region,
    OldStateValue: notification.oldState,
    Trigger: {
      MetricName: definition.metric.name,
      Namespace: 'shop',
      Statistic: CLOUDWATCH_STATISTICS[definition.metric.stat] ?? definition.metric.stat,
      Dimensions: dimensions,
      Period: definition.periodSeconds,
      EvaluationPeriods: definition.evaluationPeriods,
      DatapointsToAlarm: definition.datapointsToAlarm,
      ComparisonOperator: definition.comparison,
      Threshold: definition.threshold ?? null,
      TreatMissingData: definition.treatMissingData,
    },
  };
}
