import { once } from 'node:events';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Logger } from 'pino';
import { OtlpDecodeError } from '../otlp/otlp-signals';
import type { BodyFormat, ExportHandler } from './export-handlers';
import { BodyError, readBody } from './request-body';
import { encodeRpcStatus, RPC_INVALID_ARGUMENT, RPC_RESOURCE_EXHAUSTED, RPC_UNAVAILABLE } from './rpc-status';

export interface HttpReceiverOptions {
  host: string;
  /** 0 picks a free port. */
  port: number;
  maxBodyBytes: number;
  logger: Logger;
}

export interface HttpReceiver {
  readonly port: number;
  stop(): Promise<void>;
}

const CONTENT_TYPES: Record<string, BodyFormat> = {
  'application/x-protobuf': 'protobuf',
  'application/json': 'json',
};
const RESPONSE_TYPES: Record<BodyFormat, string> = { protobuf: 'application/x-protobuf', json: 'application/json' };

/**
 * OTLP/HTTP: POST /v1/traces, /v1/metrics and /v1/logs in protobuf or JSON (gzipped or not), answered in
 * the request's content type; GET /health. Browsers on other origins may post (CORS).
 */
export async function startHttpReceiver(
  handlers: ExportHandler[],
  options: HttpReceiverOptions,
): Promise<HttpReceiver> {
  const byPath = new Map(handlers.map((handler) => [`/v1/${handler.signal}`, handler]));
  const server = createServer((request, response) => {
    allowCrossOrigin(request, response);
    const path = (request.url ?? '/').split('?')[0] ?? '/';
    const handler = byPath.get(path);
    if (request.method === 'GET' && path === '/health') {
      sendJson(response, 200, { status: 'ok' });
    } else if (!handler) {
      sendJson(response, 404, { code: 5, message: `No OTLP endpoint at ${path}` });
    } else if (request.method === 'OPTIONS') {
      response.writeHead(204).end();
    } else if (request.method !== 'POST') {
      response.setHeader('allow', 'POST, OPTIONS');
      sendJson(response, 405, { code: RPC_INVALID_ARGUMENT, message: 'OTLP exports are POSTed' });
    } else {
      void handleExport(handler, request, response, options);
    }
  });
  server.listen(options.port, options.host);
  await once(server, 'listening');
  return {
    port: (server.address() as AddressInfo).port,
    stop: async () => {
      server.closeIdleConnections();
      const closed = once(server, 'close');
      server.close();
      await closed;
    },
  };
}

async function handleExport(
  handler: ExportHandler,
  request: IncomingMessage,
  response: ServerResponse,
  options: HttpReceiverOptions,
): Promise<void> {
  const mediaType = (request.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  const format = CONTENT_TYPES[mediaType];
  if (!format) {
    request.resume();
    sendJson(response, 415, {
      code: RPC_INVALID_ARGUMENT,
      message: `Content-Type must be application/x-protobuf or application/json, not '${mediaType}'`,
    });
    return;
  }
  try {
    const body = await readBody(request, options.maxBodyBytes);
    const outcome = handler.handle(body, format);
    if (format === 'json') sendJson(response, 200, handler.responseJson(outcome));
    else send(response, 200, format, handler.encodeResponse(outcome));
  } catch (error) {
    if (error instanceof BodyError) {
      // Stop reading what is left of a body that is refused anyway.
      if (error.status === 413) response.setHeader('connection', 'close');
      const code = error.status === 413 ? RPC_RESOURCE_EXHAUSTED : RPC_INVALID_ARGUMENT;
      sendStatus(response, error.status, format, code, error.message);
    } else if (error instanceof OtlpDecodeError) {
      sendStatus(response, 400, format, RPC_INVALID_ARGUMENT, error.message);
    } else {
      options.logger.error({ err: error, signal: handler.signal }, 'storing an OTLP/HTTP export failed');
      sendStatus(response, 503, format, RPC_UNAVAILABLE, 'the telemetry store could not take the export');
    }
  }
}

function allowCrossOrigin(request: IncomingMessage, response: ServerResponse): void {
  const origin = request.headers.origin;
  if (!origin) return;
  response.setHeader('access-control-allow-origin', origin);
  response.setHeader('vary', 'Origin');
  if (request.method === 'OPTIONS') {
    response.setHeader('access-control-allow-methods', 'POST, OPTIONS');
    response.setHeader(
      'access-control-allow-headers',
      request.headers['access-control-request-headers'] ?? 'content-type, content-encoding',
    );
    response.setHeader('access-control-max-age', '600');
  }
}

function sendStatus(response: ServerResponse, httpStatus: number, format: BodyFormat, code: number, message: string) {
  if (format === 'json') sendJson(response, httpStatus, { code, message });
  else send(response, httpStatus, format, encodeRpcStatus(code, message));
}

function sendJson(response: ServerResponse, httpStatus: number, body: unknown): void {
  send(response, httpStatus, 'json', Buffer.from(JSON.stringify(body)));
}

function send(response: ServerResponse, httpStatus: number, format: BodyFormat, body: Uint8Array): void {
  response.writeHead(httpStatus, { 'content-type': RESPONSE_TYPES[format], 'content-length': body.length });
  response.end(body);
}
