import { Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { telemetry } from './telemetry';

/** Flushes the last spans and metrics once Nest has closed the server and the database pool. */
@Injectable()
export class TelemetryShutdown implements OnApplicationShutdown {
  async onApplicationShutdown(): Promise<void> {
    await telemetry.shutdown();
  }
}
