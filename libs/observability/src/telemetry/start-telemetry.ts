import { diag, DiagLogLevel, metrics } from '@opentelemetry/api';
import { NodeSDK } from '@opentelemetry/sdk-node';
import { markLogExportStarted } from './log-export';
import { recordProcessCpuTime } from './process-cpu-metrics';
import { buildSdkConfiguration } from './sdk-configuration';
import { StderrDiagLogger } from './stderr-diag-logger';
import type { TelemetryHandle, TelemetryOptions } from './telemetry-options';

const NOTHING_STARTED: TelemetryHandle = { shutdown: () => Promise.resolve() };

/**
 * Starts the OpenTelemetry SDK. Call it first in a service's main, before Nest, mysql2 or http are
 * required, or their instrumentation cannot patch them. `disabled` starts nothing at all.
 */
export function startTelemetry(options: TelemetryOptions): TelemetryHandle {
  if (options.disabled) return NOTHING_STARTED;
  diag.setLogger(new StderrDiagLogger(), { logLevel: DiagLogLevel.WARN, suppressOverrideMessage: true });
  const sdk = new NodeSDK(buildSdkConfiguration(options));
  sdk.start();
  markLogExportStarted();
  recordProcessCpuTime(metrics.getMeter('@shop/observability'));
  let shutdown: Promise<void> | undefined;
  return {
    shutdown: () => {
      shutdown ??= sdk.shutdown().catch((error: unknown) => {
        diag.error('telemetry shutdown failed', error);
      });
      return shutdown;
    },
  };
}
