import { Injectable, type OnApplicationShutdown, type Provider } from '@nestjs/common';
import type { TelemetryHandle } from '@shop/observability/telemetry';

/** Flushes the last spans and metrics once Nest has closed the server and the database pool. */
@Injectable()
export class TelemetryShutdown implements OnApplicationShutdown {
  constructor(private readonly telemetry: TelemetryHandle) {}

  async onApplicationShutdown(): Promise<void> {
    await this.telemetry.shutdown();
  }
}

/** The provider to list in a service's AppModule, with the handle its telemetry.ts started. */
export function telemetryShutdownProvider(telemetry: TelemetryHandle): Provider {
  return { provide: TelemetryShutdown, useFactory: () => new TelemetryShutdown(telemetry) };
}
