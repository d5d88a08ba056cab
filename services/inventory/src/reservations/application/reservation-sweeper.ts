import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { SpanStatusCode, trace } from '@opentelemetry/api';
import { ReleaseExpiredReservationsUseCase } from './release-expired-reservations.use-case';

export const SWEEP_INTERVAL_MS = Symbol('SWEEP_INTERVAL_MS');

/** Runs the expiry release every interval while the application runs; one sweep at a time. */
@Injectable()
export class ReservationSweeper implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(ReservationSweeper.name);
  private readonly tracer = trace.getTracer('@shop/inventory');
  private timer: NodeJS.Timeout | undefined;
  private sweeping: Promise<void> | undefined;

  constructor(
    private readonly releaseExpired: ReleaseExpiredReservationsUseCase,
    @Inject(SWEEP_INTERVAL_MS) private readonly intervalMs: number,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => {
      this.sweeping ??= this.sweep().finally(() => (this.sweeping = undefined));
    }, this.intervalMs);
    this.timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.sweeping;
  }

  /** One root span per sweep, as the order and cart sweepers have, so its statements are one trace, not several. */
  private sweep(): Promise<void> {
    return this.tracer.startActiveSpan('release expired reservations', { root: true }, async (span) => {
      try {
        const released = await this.releaseExpired.execute();
        if (released > 0) this.logger.log({ msg: 'released expired reservations', released });
      } catch (error) {
        span.setStatus({ code: SpanStatusCode.ERROR });
        this.logger.error({ msg: 'expired reservations not released; retrying next sweep', err: error });
      } finally {
        span.end();
      }
    });
  }
}
