import { once } from 'node:events';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import pino from 'pino';
import { OtlpForwarder, type OtlpForwarderOptions } from './otlp-forwarder';

interface Received {
  path: string;
  contentType: string;
  body: string;
}

/** An endpoint that holds every request until `release()`. */
async function holdingEndpoint() {
  const received: Received[] = [];
  const held: ServerResponse[] = [];
  const server = createServer((request: IncomingMessage, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      received.push({
        path: request.url ?? '',
        contentType: request.headers['content-type'] ?? '',
        body: Buffer.concat(chunks).toString(),
      });
      held.push(response);
    });
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
    received,
    heldCount: () => held.length,
    release: (status = 200, headers: Record<string, string> = {}) =>
      held.splice(0).forEach((response) => response.writeHead(status, headers).end()),
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

const ONE_TRY = { maxAttempts: 1, initialDelayMs: 1, maxDelayMs: 1 };
const QUICK_RETRIES = { maxAttempts: 4, initialDelayMs: 5, maxDelayMs: 20 };

/** A forwarder to `url` that logs nothing and waits at most 5 s for an answer. */
function forwarderTo(url: string, options: Pick<OtlpForwarderOptions, 'maxQueued' | 'concurrency' | 'retry'>) {
  return new OtlpForwarder({ endpoint: url, timeoutMs: 5_000, logger: pino({ level: 'silent' }), ...options });
}

const until = async (condition: () => boolean) => {
  while (!condition()) await new Promise((resolve) => setTimeout(resolve, 5));
};

describe('OtlpForwarder', () => {
  it('sends each export as protobuf to <endpoint>/v1/<signal>, drops (and counts) what overflows the queue', async () => {
    const endpoint = await holdingEndpoint();
    const forwarder = forwarderTo(endpoint.url, { maxQueued: 2, concurrency: 1, retry: ONE_TRY });
    try {
      for (const [index, signal] of (['traces', 'metrics', 'logs', 'traces', 'logs'] as const).entries()) {
        forwarder.enqueue(signal, Buffer.from(`export ${index}`));
      }
      // One in flight, two queued, two dropped; enqueue returned at once, whatever the endpoint does.
      expect(forwarder.counts()).toEqual({ forwarded: 0, dropped: 2, failed: 0, retried: 0 });

      while (endpoint.received.length < 3) {
        await until(() => endpoint.heldCount() > 0);
        endpoint.release();
      }
      await forwarder.drain();

      expect(endpoint.received).toEqual([
        { path: '/v1/traces', contentType: 'application/x-protobuf', body: 'export 0' },
        { path: '/v1/metrics', contentType: 'application/x-protobuf', body: 'export 1' },
        { path: '/v1/logs', contentType: 'application/x-protobuf', body: 'export 2' },
      ]);
      expect(forwarder.counts()).toEqual({ forwarded: 3, dropped: 2, failed: 0, retried: 0 });
    } finally {
      endpoint.release();
      await endpoint.close();
    }
  });

  it('gives up at once on a refusal, and on an endpoint that is away after its last try', async () => {
    const endpoint = await holdingEndpoint();
    const forwarder = forwarderTo(endpoint.url, { maxQueued: 10, concurrency: 2, retry: QUICK_RETRIES });
    forwarder.enqueue('traces', Buffer.from('a'));
    await until(() => endpoint.heldCount() === 1);
    endpoint.release(400);
    await forwarder.drain();
    expect(forwarder.counts()).toEqual({ forwarded: 0, dropped: 0, failed: 1, retried: 0 });

    await endpoint.close();
    forwarder.enqueue('logs', Buffer.from('b'));
    await forwarder.drain();
    expect(forwarder.counts()).toEqual({
      forwarded: 0,
      dropped: 0,
      failed: 2,
      retried: QUICK_RETRIES.maxAttempts - 1,
    });
  });

  it('tries again while the endpoint is throttled or unavailable, waiting as long as Retry-After says', async () => {
    const endpoint = await holdingEndpoint();
    const forwarder = forwarderTo(endpoint.url, { maxQueued: 10, concurrency: 1, retry: QUICK_RETRIES });
    try {
      forwarder.enqueue('metrics', Buffer.from('export'));
      await until(() => endpoint.heldCount() === 1);
      endpoint.release(429, { 'retry-after': '0' });
      await until(() => endpoint.heldCount() === 1);
      endpoint.release(503);
      await until(() => endpoint.heldCount() === 1);
      endpoint.release(200);
      await forwarder.drain();

      expect(endpoint.received.map(({ path, body }) => `${path} ${body}`)).toEqual([
        '/v1/metrics export',
        '/v1/metrics export',
        '/v1/metrics export',
      ]);
      expect(forwarder.counts()).toEqual({ forwarded: 1, dropped: 0, failed: 0, retried: 2 });
    } finally {
      endpoint.release();
      await endpoint.close();
    }
  });
});
