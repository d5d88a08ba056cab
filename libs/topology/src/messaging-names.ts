/** Prefix of physical resource names when `SHOP_RESOURCE_PREFIX` is not set: the laptop's. */
export const DEFAULT_RESOURCE_PREFIX = 'shop-local';

/**
 * The name a logical topology name has in an account: `${prefix}-${logical}`. Tests use a unique prefix
 * per run so runs sharing one endpoint never see each other's resources.
 */
export function physicalName(logical: string, prefix: string = DEFAULT_RESOURCE_PREFIX): string {
  return `${prefix}-${logical}`;
}

/** The logical name of a queue's dead-letter queue. */
export function deadLetterQueueName(queue: string): string {
  return `${queue}-dlq`;
}
