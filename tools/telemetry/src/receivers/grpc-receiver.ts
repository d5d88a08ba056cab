import { Server, ServerCredentials, status, type sendUnaryData, type ServerUnaryCall } from '@grpc/grpc-js';
import type { Logger } from 'pino';
import { OtlpDecodeError } from '../otlp/otlp-signals';
import type { ExportHandler } from './export-handlers';

export interface GrpcReceiverOptions {
  host: string;
  /** 0 picks a free port. */
  port: number;
  maxMessageBytes: number;
  logger: Logger;
}

export interface GrpcReceiver {
  readonly port: number;
  stop(): Promise<void>;
}

const passBytes = (bytes: Buffer) => bytes;

/**
 * OTLP/gRPC: the three Export methods, registered by path with byte-passing codecs, so that a body that
 * does not decode is answered INVALID_ARGUMENT by the handler rather than INTERNAL by the framework.
 */
export async function startGrpcReceiver(
  handlers: ExportHandler[],
  options: GrpcReceiverOptions,
): Promise<GrpcReceiver> {
  const server = new Server({
    'grpc.max_receive_message_length': options.maxMessageBytes,
  });
  for (const handler of handlers) {
    server.register<Buffer, Uint8Array>(
      handler.grpcPath,
      (call: ServerUnaryCall<Buffer, Uint8Array>, callback: sendUnaryData<Uint8Array>) => {
        try {
          const outcome = handler.handle(call.request, 'protobuf');
          callback(null, handler.encodeResponse(outcome));
        } catch (error) {
          if (error instanceof OtlpDecodeError) {
            callback({ code: status.INVALID_ARGUMENT, details: error.message });
          } else {
            options.logger.error({ err: error, signal: handler.signal }, 'storing an OTLP/gRPC export failed');
            callback({ code: status.UNAVAILABLE, details: 'the telemetry store could not take the export' });
          }
        }
      },
      (response) => Buffer.from(response),
      passBytes,
      'unary',
    );
  }
  const port = await new Promise<number>((resolve, reject) => {
    server.bindAsync(`${options.host}:${options.port}`, ServerCredentials.createInsecure(), (error, boundPort) =>
      error ? reject(error) : resolve(boundPort),
    );
  });
  return {
    port,
    stop: () =>
      new Promise<void>((resolve) => {
        server.tryShutdown(() => resolve());
      }),
  };
}
