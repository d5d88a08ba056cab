import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { SpanStatusCode, trace } from '@opentelemetry/api';
import { ExpirePendingOrdersUseCase } from '../application/expire-pending-orders.use-case';
import { OrderSettings } from '../application/order-settings';

/**
 * Runs the expiry of PENDING orders every ORDER_SWEEP_INTERVAL_SECONDS, one sweep at a time, each its own
 * trace. Several instances may sweep at once: the conditional update lets one reject each order.
 */
@Injectable()
export class PendingOrderSweeper implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(PendingOrderSweeper.name);
  private readonly tracer = trace.getTracer('@shop/order');
  private timer?: NodeJS.Timeout;
  private sweeping?: Promise<void>;

  constructor(
    private readonly expirePendingOrders: ExpirePendingOrdersUseCase,
    private readonly settings: OrderSettings,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => {
      this.sweeping ??= this.sweep().finally(() => (this.sweeping = undefined));
    }, this.settings.sweepIntervalSeconds * 1000);
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.sweeping;
  }

  private sweep(): Promise<void> {
    return this.tracer.startActiveSpan('expire pending orders', async (span) => {
      try {
        const rejected = await this.expirePendingOrders.execute();
        if (rejected > 0) this.logger.log({ msg: 'expired pending orders rejected', count: rejected });
      } catch (error) {
        span.setStatus({ code: SpanStatusCode.ERROR });
        this.logger.error({ msg: 'expiring pending orders failed', err: error });
      } finally {
        span.end();
      }
    });
  }
}
