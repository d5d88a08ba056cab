/** A Logs Insights query that cannot be read; the message ends with the 1-based column it refers to. */
export class LogsInsightsQueryError extends Error {
  constructor(
    reason: string,
    readonly column: number,
  ) {
    super(`${reason} at column ${column}`);
    this.name = 'LogsInsightsQueryError';
  }
}
