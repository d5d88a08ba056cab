import { credentials, makeGenericClientConstructor, status, type ServiceError } from '@grpc/grpc-js';
import { DatabaseSync } from 'node:sqlite';
import { gzipSync } from 'node:zlib';
import pino from 'pino';
import { TelemetryIngest } from '../ingest/telemetry-ingest';
import { SCHEMA } from '../store/schema';
import { exportHandlers } from './export-handlers';
import { startGrpcReceiver, type GrpcReceiver } from './grpc-receiver';
import { startHttpReceiver, type HttpReceiver } from './http-receiver';

const MAX_BODY_BYTES = 1024;
const logger = pino({ level: 'silent' });

describe('the OTLP receivers', () => {
  let database: DatabaseSync;
  let http: HttpReceiver;
  let grpc: GrpcReceiver;
  let url: string;

  beforeAll(async () => {
    database = new DatabaseSync(':memory:');
    database.exec(SCHEMA);
    const handlers = exportHandlers(new TelemetryIngest(database));
    http = await startHttpReceiver(handlers, { host: '127.0.0.1', port: 0, maxBodyBytes: MAX_BODY_BYTES, logger });
    grpc = await startGrpcReceiver(handlers, { host: '127.0.0.1', port: 0, maxMessageBytes: MAX_BODY_BYTES, logger });
    url = `http://127.0.0.1:${http.port}`;
  });

  afterAll(async () => {
    await Promise.all([http.stop(), grpc.stop()]);
    database.close();
  });

  const post = (path: string, body: Uint8Array | string, headers: Record<string, string>) =>
    fetch(`${url}${path}`, { method: 'POST', headers, body });

  it('answers 413 for bodies over the limit, sent or unpacked', async () => {
    const big = JSON.stringify({ resourceLogs: [], padding: 'x'.repeat(MAX_BODY_BYTES) });
    expect((await post('/v1/logs', big, { 'content-type': 'application/json' })).status).toBe(413);
    const bomb = gzipSync(big);
    expect(bomb.length).toBeLessThan(MAX_BODY_BYTES);
    const response = await post('/v1/logs', bomb, { 'content-type': 'application/json', 'content-encoding': 'gzip' });
    expect(response.status).toBe(413);
    await expect(response.json()).resolves.toEqual({
      code: 8,
      message: `The body is larger than ${MAX_BODY_BYTES} bytes`,
    });
  });

  it('answers 400 for a body that is not gzip, 415 for other encodings, 404 and 405 off the export routes', async () => {
    const notGzip = await post('/v1/traces', '{}', { 'content-type': 'application/json', 'content-encoding': 'gzip' });
    expect(notGzip.status).toBe(400);
    expect(
      (await post('/v1/traces', '{}', { 'content-type': 'application/json', 'content-encoding': 'br' })).status,
    ).toBe(415);
    expect((await post('/v1/profiles', '{}', { 'content-type': 'application/json' })).status).toBe(404);
    expect((await fetch(`${url}/v1/traces`)).status).toBe(405);
  });

  it('answers a protobuf request that does not decode with a protobuf google.rpc.Status', async () => {
    const response = await post('/v1/metrics', Uint8Array.of(0x0a, 0x05, 0x01), {
      'content-type': 'application/x-protobuf',
    });
    expect(response.status).toBe(400);
    const body = Buffer.from(await response.arrayBuffer());
    // field 1 (code) = 3 INVALID_ARGUMENT, field 2 (message) = length-prefixed text
    expect([...body.subarray(0, 2)]).toEqual([0x08, 3]);
    expect(body[2]).toBe(0x12);
    expect(body.subarray(4).toString()).toMatch(/^Not a protobuf metrics export request/);
    expect(body[3]).toBe(body.length - 4);
  });

  it('answers INVALID_ARGUMENT over gRPC for a message that does not decode, and an empty response to a valid one', async () => {
    const Client = makeGenericClientConstructor(
      {
        export: {
          path: '/opentelemetry.proto.collector.trace.v1.TraceService/Export',
          requestStream: false,
          responseStream: false,
          requestSerialize: (bytes: Buffer) => bytes,
          requestDeserialize: (bytes: Buffer) => bytes,
          responseSerialize: (bytes: Buffer) => bytes,
          responseDeserialize: (bytes: Buffer) => bytes,
        },
      },
      'TraceService',
    );
    const client = new Client(`127.0.0.1:${grpc.port}`, credentials.createInsecure()) as unknown as {
      export(request: Buffer, callback: (error: ServiceError | null, response?: Buffer) => void): void;
      close(): void;
    };
    const call = (request: Buffer) =>
      new Promise<{ error: ServiceError | null; response?: Buffer }>((resolve) =>
        client.export(request, (error, response) => resolve({ error, response })),
      );
    try {
      const garbage = await call(Buffer.from([0x0a, 0xff, 0xff, 0xff, 0xff, 0x0f]));
      expect(garbage.error?.code).toBe(status.INVALID_ARGUMENT);
      const empty = await call(Buffer.alloc(0));
      expect(empty.error).toBeNull();
      expect(empty.response).toHaveLength(0);
    } finally {
      client.close();
    }
  });
});
