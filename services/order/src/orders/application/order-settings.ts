/** The saga's timing, from the service's settings. */
export class OrderSettings {
  constructor(
    /** How long an order may wait PENDING for inventory's answer; its stock is held as long. */
    readonly pendingTimeoutSeconds: number,
    /** How often PENDING orders are checked for expiry. */
    readonly sweepIntervalSeconds: number,
  ) {}
}
