import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger } from 'pino';
import { EventBridgeError } from './eventbridge-errors';
import type { EventBridgeService } from './eventbridge-service';

const TARGET_PREFIX = 'AWSEvents.';
// Well above PutEvents' 256 KiB of entries plus JSON overhead; larger bodies are refused unread.
const MAX_BODY_BYTES = 1024 * 1024;

/** True for EventBridge calls: AWS JSON 1.1 with `X-Amz-Target: AWSEvents.<Operation>`. */
export function isEventBridgeRequest(req: IncomingMessage): boolean {
  const target = req.headers['x-amz-target'];
  return typeof target === 'string' && target.startsWith(TARGET_PREFIX);
}

/** The region of a SigV4-signed request (`Credential=KEY/DATE/REGION/SERVICE/aws4_request`). */
export function signedRegion(req: IncomingMessage, fallback: string): string {
  const match = /Credential=[^/]+\/\d{8}\/([^/]+)\//.exec(req.headers.authorization ?? '');
  return match?.[1] ?? fallback;
}

/** Answers one EventBridge call with the service, in the AWS JSON 1.1 protocol. */
export async function handleEventBridgeRequest(
  req: IncomingMessage,
  res: ServerResponse,
  service: EventBridgeService,
  options: { defaultRegion: string; logger: Logger },
): Promise<void> {
  const operation = String(req.headers['x-amz-target']).slice(TARGET_PREFIX.length);
  try {
    const input = parseInput(await readBody(req));
    const output = service.handle(operation, input, signedRegion(req, options.defaultRegion));
    send(res, 200, output);
  } catch (error) {
    const failure =
      error instanceof EventBridgeError ? error : new EventBridgeError('InternalException', 'Internal error');
    if (failure.type === 'InternalException')
      options.logger.error({ err: error, operation }, 'EventBridge call failed');
    else options.logger.debug({ operation, error: failure.message }, 'EventBridge call refused');
    send(res, failure.statusCode, failure.toBody(), failure.type);
  }
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) throw new EventBridgeError('ValidationException', 'Request body is too large.');
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function parseInput(body: string): Record<string, unknown> {
  if (body.trim() === '') return {};
  try {
    const parsed: unknown = JSON.parse(body);
    if (typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed))
      return parsed as Record<string, unknown>;
  } catch {
    // Falls through to the SerializationException below.
  }
  throw new EventBridgeError('SerializationException', 'Request body is not a JSON object.');
}

function send(res: ServerResponse, status: number, body: unknown, errorType?: string): void {
  const payload = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/x-amz-json-1.1',
    'content-length': Buffer.byteLength(payload),
    ...(errorType === undefined ? {} : { 'x-amzn-errortype': errorType }),
  });
  res.end(payload);
}
