import { Injectable, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { SpanStatusCode, trace } from '@opentelemetry/api';
import { PinoLogger } from 'nestjs-pino';
import { PurgeExpiredCartsUseCase } from '../application/purge-expired-carts.use-case';

/** How often the sweeper runs (CART_SWEEP_INTERVAL_SECONDS). */
export abstract class SweeperSettings {
  abstract readonly intervalMs: number;
}

/**
 * Deletes expired carts every interval, in this process. Reads already treat an expired cart as absent,
 * so the sweeper only reclaims space: several instances running it at once do no harm.
 */
@Injectable()
export class ExpiredCartsSweeper implements OnApplicationBootstrap, OnApplicationShutdown {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private readonly tracer = trace.getTracer('@shop/cart');

  constructor(
    private readonly purge: PurgeExpiredCartsUseCase,
    private readonly settings: SweeperSettings,
    private readonly logger: PinoLogger,
  ) {
    logger.setContext(ExpiredCartsSweeper.name);
  }

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => {
      this.running ??= this.sweep().finally(() => (this.running = undefined));
    }, this.settings.intervalMs);
    this.timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }

  /** One round, as its own trace (no request started it). */
  private sweep(): Promise<void> {
    return this.tracer.startActiveSpan('cart.purge_expired', { root: true }, async (span) => {
      try {
        const purged = await this.purge.execute();
        if (purged > 0) this.logger.info({ purged }, 'expired carts purged');
      } catch (error) {
        span.setStatus({ code: SpanStatusCode.ERROR });
        span.recordException(error instanceof Error ? error : String(error));
        this.logger.warn({ err: error }, 'purging expired carts failed; the next round tries again');
      } finally {
        span.end();
      }
    });
  }
}
