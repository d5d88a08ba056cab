import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { waitFor } from '@shop/testing';

/** A span from a browser, as the OTLP/HTTP JSON exporter sent it. */
export interface BrowserSpan {
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  name: string;
  attributes: Record<string, unknown>;
  /** What happened during the span, such as a recorded `exception`. */
  events: { name: string; attributes: Record<string, unknown> }[];
  resource: Record<string, unknown>;
}

export interface OtlpHttpReceiver {
  /** The base URL to give as OTEL_EXPORTER_OTLP_HTTP_ENDPOINT. */
  endpoint: string;
  readonly spans: BrowserSpan[];
  waitForSpan(predicate: (span: BrowserSpan) => boolean, timeoutMs?: number): Promise<BrowserSpan>;
  stop(): Promise<void>;
}

interface JsonAttribute {
  key: string;
  value: Record<string, unknown>;
}

interface TracesRequest {
  resourceSpans?: {
    resource?: { attributes?: JsonAttribute[] };
    scopeSpans?: {
      spans?: {
        traceId: string;
        spanId: string;
        parentSpanId?: string;
        name: string;
        attributes?: JsonAttribute[];
        events?: { name: string; attributes?: JsonAttribute[] }[];
      }[];
    }[];
  }[];
}

function record(attributes: JsonAttribute[] = []): Record<string, unknown> {
  return Object.fromEntries(attributes.map(({ key, value }) => [key, Object.values(value)[0]]));
}

/**
 * The local collector's OTLP/HTTP port as a browser sees it: answers CORS preflights (the storefront
 * is another origin) and keeps the spans of every JSON export to /v1/traces.
 */
export async function startOtlpHttpReceiver(): Promise<OtlpHttpReceiver> {
  const spans: BrowserSpan[] = [];
  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    response.setHeader('access-control-allow-origin', request.headers.origin ?? '*');
    response.setHeader('access-control-allow-methods', 'POST');
    response.setHeader('access-control-allow-headers', request.headers['access-control-request-headers'] ?? '*');
    if (request.method === 'OPTIONS') {
      response.writeHead(204).end();
      return;
    }
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      if (request.method !== 'POST' || request.url !== '/v1/traces') {
        response.writeHead(404).end();
        return;
      }
      const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as TracesRequest;
      for (const resourceSpans of body.resourceSpans ?? []) {
        const resource = record(resourceSpans.resource?.attributes);
        for (const scopeSpans of resourceSpans.scopeSpans ?? []) {
          for (const span of scopeSpans.spans ?? []) {
            spans.push({
              traceId: span.traceId.toLowerCase(),
              spanId: span.spanId.toLowerCase(),
              ...(span.parentSpanId ? { parentSpanId: span.parentSpanId.toLowerCase() } : {}),
              name: span.name,
              attributes: record(span.attributes),
              events: (span.events ?? []).map((event) => ({ name: event.name, attributes: record(event.attributes) })),
              resource,
            });
          }
        }
      }
      response.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    spans,
    waitForSpan: (predicate, timeoutMs = 15_000) =>
      waitFor(
        () => spans.find(predicate),
        timeoutMs,
        () => `a browser span; received: ${spans.map((span) => span.name).join(', ')}`,
      ),
    stop: async () => {
      server.closeAllConnections();
      server.close();
      await once(server, 'close');
    },
  };
}
