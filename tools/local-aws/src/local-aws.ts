import { once } from 'node:events';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { FauxqsServer } from 'fauxqs' with { 'resolution-mode': 'import' };
import pino, { type Logger } from 'pino';
import { handleEventBridgeRequest, isEventBridgeRequest } from './eventbridge/eventbridge-http';
import { EventBridgeService } from './eventbridge/eventbridge-service';
import { EventBridgeStore } from './eventbridge/eventbridge-store';
import { scheduleClock } from './eventbridge/rule-scheduler';
import {
  TargetDelivery,
  TargetNotFoundError,
  type FunctionInvoker,
  type QueueSender,
} from './eventbridge/target-delivery';
import { createHttpForwarder } from './http-proxy';

export interface LocalAwsOptions {
  /** 0 picks a free port. */
  port: number;
  /** Interface to listen on; default 127.0.0.1. */
  host?: string;
  /** Directory for persistent state (fauxqs' SQLite and ours). Without it, everything is in memory. */
  dataDir?: string;
  /** Region for requests that carry no SigV4 signature. Default us-east-1. */
  defaultRegion?: string;
  /** JSON-lines logger; default: silent. */
  logger?: Logger;
  /** Runs `lambda` targets of EventBridge rules (the local function runner provides it). */
  functionInvoker?: FunctionInvoker;
  /** First EventBridge retry delay in ms (doubling, capped at 30 s). Default 1000. */
  retryBaseDelayMs?: number;
  /** Test-only: schedules run this many times faster than real time. Default 1. */
  scheduleTimeScale?: number;
}

export interface LocalAws {
  /** `http://127.0.0.1:PORT`: the value for AWS_ENDPOINT_URL. */
  readonly url: string;
  readonly port: number;
  stop(): Promise<void>;
}

const MAX_RETRY_DELAY_MS = 30_000;

/**
 * Starts the local AWS endpoint: SNS, SQS and S3 from fauxqs, EventBridge from our emulator, on one
 * port. A small front server routes `X-Amz-Target: AWSEvents.*` calls to the emulator and forwards
 * everything else to fauxqs, which listens on a private port (its API offers no way to add routes).
 */
export async function startLocalAws(options: LocalAwsOptions): Promise<LocalAws> {
  const logger = options.logger ?? pino({ level: 'silent' });
  const defaultRegion = options.defaultRegion ?? 'us-east-1';
  // fauxqs ships only ES modules; a dynamic import loads it from our CommonJS output.
  const { startFauxqs } = await import('fauxqs');
  const fauxqs = await startFauxqs({
    port: 0,
    logger: false,
    defaultRegion,
    ...(options.dataDir === undefined ? {} : { dataDir: options.dataDir }),
  });
  const store = EventBridgeStore.open(options.dataDir);
  const delivery = new TargetDelivery({
    sendToQueue: queueSender(fauxqs),
    functionInvoker: options.functionInvoker,
    logger,
    retryBaseDelayMs: options.retryBaseDelayMs ?? 1000,
    maxRetryDelayMs: MAX_RETRY_DELAY_MS,
  });
  const eventBridge = new EventBridgeService(store, delivery, scheduleClock(options.scheduleTimeScale), logger);
  const forwarder = createHttpForwarder(fauxqs.port);

  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    if (req.method === 'GET' && req.url === '/health') {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ status: 'ok', services: ['sns', 'sqs', 's3', 'events'] }));
    } else if (isEventBridgeRequest(req)) {
      void handleEventBridgeRequest(req, res, eventBridge, { defaultRegion, logger });
    } else {
      forwarder.forward(req, res);
    }
  });
  server.listen(options.port, options.host ?? '127.0.0.1');
  try {
    await once(server, 'listening');
  } catch (error) {
    await fauxqs.stop();
    store.close();
    throw error;
  }
  const { port } = server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;
  logger.info({ url, dataDir: options.dataDir ?? null, fauxqsPort: fauxqs.port }, 'local AWS endpoint listening');

  return {
    url,
    port,
    async stop() {
      eventBridge.stop();
      server.closeAllConnections();
      server.close();
      forwarder.close();
      await fauxqs.stop();
      store.close();
    },
  };
}

/** EventBridge's SQS deliveries go straight into fauxqs' store, with its validations. */
function queueSender(fauxqs: FauxqsServer): QueueSender {
  return (queueArn, body, attributes = {}) => {
    const [, , , region, , name] = queueArn.split(':');
    if (region === undefined || name === undefined)
      throw new TargetNotFoundError(`${queueArn} is not an SQS queue ARN`);
    const messageAttributes = Object.fromEntries(
      Object.entries(attributes).map(([key, value]) => [key, { DataType: 'String', StringValue: value }]),
    );
    try {
      fauxqs.sendMessage(name, body, { region, messageAttributes });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      if (/not found/i.test(message)) throw new TargetNotFoundError(`The queue ${queueArn} does not exist.`);
      throw error;
    }
  };
}
