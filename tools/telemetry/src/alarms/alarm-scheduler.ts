/** TELEMETRY_ALARM_EVALUATION_SECONDS unless set. */
export const DEFAULT_ALARM_EVALUATION_SECONDS = 10;

/**
 * Runs `evaluate` every `intervalSeconds` until stopped. A run that is still going when the next is
 * due makes that one skip, so evaluations never overlap; `stop` waits for the running one.
 */
export class AlarmScheduler {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;

  constructor(
    private readonly evaluate: () => Promise<void>,
    private readonly intervalSeconds = DEFAULT_ALARM_EVALUATION_SECONDS,
    private readonly onError: (error: unknown) => void = () => undefined,
  ) {}

  start(): void {
    if (this.timer !== undefined) return;
    this.timer = setInterval(() => this.tick(), this.intervalSeconds * 1000);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    this.timer = undefined;
    await this.running;
  }

  private tick(): void {
    if (this.running !== undefined) return;
    this.running = this.evaluate()
      .catch(this.onError)
      .finally(() => {
        this.running = undefined;
      });
  }
}
