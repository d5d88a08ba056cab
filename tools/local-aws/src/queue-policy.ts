/** An AWS service allowed to send to a queue on behalf of one resource (a topic or a rule). */
export interface QueueSender {
  readonly service: 'sns.amazonaws.com' | 'events.amazonaws.com';
  readonly sourceArn: string;
}

/**
 * The SQS queue policy a real account needs so SNS topics and EventBridge rules may deliver into the
 * queue: one statement per sender, limited to that sender's ARN. Deterministic, so re-applying it
 * changes nothing.
 */
export function queuePolicy(queueArn: string, senders: readonly QueueSender[]): string {
  const unique = [...new Map(senders.map((sender) => [`${sender.service} ${sender.sourceArn}`, sender])).values()];
  unique.sort((left, right) => `${left.service}${left.sourceArn}`.localeCompare(`${right.service}${right.sourceArn}`));
  return JSON.stringify({
    Version: '2012-10-17',
    Statement: unique.map((sender, index) => ({
      Sid: `allow-${sender.service.split('.')[0] ?? 'aws'}-${index + 1}`,
      Effect: 'Allow',
      Principal: { Service: sender.service },
      Action: 'sqs:SendMessage',
      Resource: queueArn,
      Condition: { ArnEquals: { 'aws:SourceArn': sender.sourceArn } },
    })),
  });
}
