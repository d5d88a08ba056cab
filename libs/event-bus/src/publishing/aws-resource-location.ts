import { physicalName } from '@shop/topology';

/** Where the topology's resources live: the prefix of their physical names, and the account and region. */
export interface AwsResourceLocation {
  /** `SHOP_RESOURCE_PREFIX`, `shop-local` on a laptop. */
  readonly prefix: string;
  readonly region: string;
  /** The local endpoint's account is `000000000000`. */
  readonly accountId: string;
}

/** The ARN of a topology topic: SNS publishes by ARN only. */
export function topicArn(logicalTopic: string, location: AwsResourceLocation): string {
  return `arn:aws:sns:${location.region}:${location.accountId}:${physicalName(logicalTopic, location.prefix)}`;
}
