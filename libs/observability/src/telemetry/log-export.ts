let started = false;

/** Called by `startTelemetry` once the SDK, with its OTLP log exporter, runs in this process. */
export function markLogExportStarted(): void {
  started = true;
}

/**
 * Whether log lines should also go to the OpenTelemetry logs API. False when telemetry is disabled (or never
 * started), so the loggers then write to stdout alone and nothing parses their lines.
 */
export function isLogExportStarted(): boolean {
  return started;
}
