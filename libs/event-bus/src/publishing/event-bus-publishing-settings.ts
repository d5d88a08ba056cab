import { z } from '@shop/config';
import { DEFAULT_RESOURCE_PREFIX } from '@shop/topology';

/**
 * Settings of a publishing service, to spread into its config schema (read once at start):
 * `SHOP_RESOURCE_PREFIX` (physical names `${prefix}-${logical}`), `AWS_REGION`, `AWS_ACCOUNT_ID` (SNS
 * publishes by ARN; `000000000000` is the local endpoint's account) and `SHOP_FAULTS` (tests only).
 * `AWS_ENDPOINT_URL` and credentials are read by the AWS SDK itself.
 */
export const eventBusPublishingSettings = {
  SHOP_RESOURCE_PREFIX: z
    .string()
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { message: 'must be lower-case words joined by hyphens' })
    .default(DEFAULT_RESOURCE_PREFIX),
  AWS_REGION: z.string().min(1).default('us-east-1'),
  AWS_ACCOUNT_ID: z
    .string()
    .regex(/^\d{12}$/, { message: 'must be a 12-digit AWS account id' })
    .default('000000000000'),
  SHOP_FAULTS: z.string().default(''),
};
