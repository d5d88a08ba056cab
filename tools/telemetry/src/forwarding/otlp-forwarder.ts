import type { Logger } from 'pino';
import type { SignalName } from '../otlp/otlp-signals';

export interface OtlpForwarderOptions {
  /** OTLP/HTTP base URL: requests go to `<endpoint>/v1/<signal>`. */
  endpoint: string;
  /** Requests waiting to be sent; past it new ones are dropped (and counted). */
  maxQueued: number;
  /** Requests in flight at once. */
  concurrency: number;
  timeoutMs: number;
  logger: Logger;
}

export interface ForwardingStats {
  forwarded: number;
  /** Dropped because the queue was full. */
  dropped: number;
  /** Sent, but the endpoint failed or did not answer 2xx. */
  failed: number;
}

interface QueuedExport {
  signal: SignalName;
  body: Uint8Array;
}

/**
 * Re-sends stored export requests (protobuf) to another OTLP/HTTP endpoint in the background: a bounded
 * queue, so a slow or absent endpoint costs dropped copies, never a slower receiver.
 */
export class OtlpForwarder {
  private readonly queue: QueuedExport[] = [];
  private readonly stats: ForwardingStats = { forwarded: 0, dropped: 0, failed: 0 };
  private readonly inFlight = new Set<Promise<void>>();
  private readonly baseUrl: string;

  constructor(private readonly options: OtlpForwarderOptions) {
    this.baseUrl = options.endpoint.replace(/\/+$/, '');
  }

  enqueue(signal: SignalName, body: Uint8Array): void {
    if (this.queue.length >= this.options.maxQueued) {
      this.stats.dropped += 1;
      if (this.stats.dropped === 1 || this.stats.dropped % 1000 === 0) {
        this.options.logger.warn({ dropped: this.stats.dropped }, 'forwarding queue full: dropping exports');
      }
      return;
    }
    this.queue.push({ signal, body });
    this.pump();
  }

  counts(): ForwardingStats {
    return { ...this.stats };
  }

  /** Resolves once everything queued has been sent (or has failed). */
  async drain(): Promise<void> {
    while (this.inFlight.size > 0) await Promise.all(this.inFlight);
  }

  private pump(): void {
    while (this.inFlight.size < this.options.concurrency && this.queue.length > 0) {
      const next = this.queue.shift() as QueuedExport;
      const sending = this.send(next).finally(() => {
        this.inFlight.delete(sending);
        this.pump();
      });
      this.inFlight.add(sending);
    }
  }

  private async send({ signal, body }: QueuedExport): Promise<void> {
    try {
      const response = await fetch(`${this.baseUrl}/v1/${signal}`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-protobuf' },
        body,
        signal: AbortSignal.timeout(this.options.timeoutMs),
      });
      await response.body?.cancel();
      if (!response.ok) throw new Error(`answered ${response.status}`);
      this.stats.forwarded += 1;
    } catch (error) {
      this.stats.failed += 1;
      this.options.logger.warn(
        { err: error, signal, endpoint: this.baseUrl, failed: this.stats.failed },
        'forwarding an export failed',
      );
    }
  }
}
