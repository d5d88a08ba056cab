import { setTimeout as sleep } from 'node:timers/promises';
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
  /** Tries of one export before it counts as failed; only throttling, unavailability and timeouts are retried. */
  retry: RetryPolicy;
  logger: Logger;
}

export interface RetryPolicy {
  maxAttempts: number;
  /** The wait before the second try; it doubles each time (with jitter) up to `maxDelayMs`. */
  initialDelayMs: number;
  maxDelayMs: number;
}

export interface ForwardingStats {
  forwarded: number;
  /** Dropped because the queue was full. */
  dropped: number;
  /** Given up: refused for good (another 4xx), or still failing after the last try. */
  failed: number;
  /** Tries after the first, over all exports. */
  retried: number;
}

// OTLP/HTTP's retryable answers: throttled, or the collector is busy or restarting.
const RETRYABLE_STATUSES = new Set([429, 502, 503, 504]);

/** A failed try, and whether another one may succeed. */
class SendFailure extends Error {
  constructor(
    message: string,
    readonly retryable: boolean,
    readonly retryAfterMs?: number,
  ) {
    super(message);
  }
}

interface QueuedExport {
  signal: SignalName;
  body: Uint8Array;
}

/**
 * Re-sends stored export requests (protobuf) to another OTLP/HTTP endpoint in the background: a bounded
 * queue, so a slow or absent endpoint costs dropped copies, never a slower receiver. As the OTLP exporters do,
 * an export answered 429, 502, 503 or 504, or not answered at all, is tried again after a growing wait
 * (`Retry-After` when the endpoint gives one); any other refusal is final.
 */
export class OtlpForwarder {
  private readonly queue: QueuedExport[] = [];
  private readonly stats: ForwardingStats = { forwarded: 0, dropped: 0, failed: 0, retried: 0 };
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

  private async send(queued: QueuedExport): Promise<void> {
    const { maxAttempts } = this.options.retry;
    for (let attempt = 1; ; attempt += 1) {
      try {
        await this.sendOnce(queued);
        this.stats.forwarded += 1;
        return;
      } catch (error) {
        const failure = error instanceof SendFailure ? error : new SendFailure(String(error), true);
        if (!failure.retryable || attempt >= maxAttempts) {
          this.stats.failed += 1;
          this.options.logger.warn(
            {
              err: failure,
              signal: queued.signal,
              endpoint: this.baseUrl,
              attempts: attempt,
              failed: this.stats.failed,
            },
            'forwarding an export failed',
          );
          return;
        }
        this.stats.retried += 1;
        await sleep(Math.min(failure.retryAfterMs ?? this.backoffMs(attempt), this.options.retry.maxDelayMs));
      }
    }
  }

  private async sendOnce({ signal, body }: QueuedExport): Promise<void> {
    let response: Response;
    try {
      response = await fetch(`${this.baseUrl}/v1/${signal}`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-protobuf' },
        body,
        signal: AbortSignal.timeout(this.options.timeoutMs),
      });
    } catch (error) {
      // Refused connection, reset, timeout: the endpoint may be back in a moment.
      throw new SendFailure(error instanceof Error ? error.message : String(error), true);
    }
    await response.body?.cancel();
    if (response.ok) return;
    const retryable = RETRYABLE_STATUSES.has(response.status);
    throw new SendFailure(`answered ${response.status}`, retryable, retryAfterMs(response.headers.get('retry-after')));
  }

  /** Exponential with full jitter: a random wait up to initial × 2^(attempt − 1), capped. */
  private backoffMs(attempt: number): number {
    const { initialDelayMs, maxDelayMs } = this.options.retry;
    return Math.random() * Math.min(maxDelayMs, initialDelayMs * 2 ** (attempt - 1));
  }
}

/** `Retry-After` in seconds (the HTTP-date form is not used by OTLP endpoints, and is ignored). */
function retryAfterMs(header: string | null): number | undefined {
  if (header === null || !/^\d+$/.test(header.trim())) return undefined;
  return Number(header.trim()) * 1000;
}
