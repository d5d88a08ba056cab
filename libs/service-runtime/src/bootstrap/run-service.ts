import { Module, RequestMethod, type DynamicModule, type Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { ExpressAdapter, type NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { DeadLettersModule, SqsConsumerServer, type ConsumedQueueOptions } from '@shop/event-bus';
import { Logger } from 'nestjs-pino';
import { awsSdkEnvironment, type ServiceConfig } from '../config/service-config';
import { JsonBodyInterceptor } from './json-body.interceptor';

// Bigger bodies are refused with 413 while being read, before any JSON parsing; no shop request comes close.
const DEFAULT_BODY_LIMIT_BYTES = 64 * 1024;
// X-Forwarded-For is believed only from proxies on loopback or private networks (the gateway, the
// ALB), walking from the right: entries a client made up itself never become its address.
const TRUSTED_PROXIES = 'loopback, uniquelocal';

export interface RunServiceOptions {
  /** The service's name, as in the topology (`catalog`). */
  readonly name: string;
  readonly appModule: Type<unknown>;
  readonly config: ServiceConfig;
  /** Every route lives under it (`api/catalog`), the docs and health endpoints too. */
  readonly globalPrefix: string;
  /** Route patterns outside the prefix (`api/auth/{*rest}`). */
  readonly excludeFromPrefix?: readonly string[];
  /** OpenAPI title and description. */
  readonly title: string;
  readonly description: string;
  readonly version: string;
  readonly bodyLimitBytes?: number;
  /**
   * The SQS queues this process consumes, handled by the app's `@EventConsumer()` controllers; their
   * dead letters are listed and redriven at `/<prefix>/admin/dead-letters`.
   */
  readonly consumer?: { readonly queues: readonly ConsumedQueueOptions[] };
}

@Module({})
class ConsumingService {}

/** The app, with the dead-letter admin API of the queues it consumes. */
function rootModule(options: RunServiceOptions): Type<unknown> | DynamicModule {
  if (!options.consumer) return options.appModule;
  return {
    module: ConsumingService,
    imports: [
      options.appModule,
      DeadLettersModule.forRoot({
        queues: options.consumer.queues.map(({ queue }) => queue),
        resourcePrefix: options.config.SHOP_RESOURCE_PREFIX,
      }),
    ],
  };
}

/**
 * Starts a shop service the way every service starts: Express (docs/decisions/0004-express-adapter.md)
 * with JSON bodies read once the request has its route, the pino logger, the OpenAPI document at
 * `/<prefix>/docs` (JSON at `/<prefix>/docs-json`), the SQS consumers and their dead-letter admin API,
 * shutdown hooks, then the port.
 * A failure to start ends the process with one line.
 */
export function runService(options: RunServiceOptions): void {
  startService(options).catch((error: unknown) => {
    process.stderr.write(
      `The ${options.name} service could not start: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    process.exit(1);
  });
}

async function startService(options: RunServiceOptions): Promise<void> {
  const { config, globalPrefix } = options;
  // Before the application (and with it the event bus's AWS clients) is made.
  Object.assign(process.env, awsSdkEnvironment(config));
  const app = await NestFactory.create<NestExpressApplication>(rootModule(options), new ExpressAdapter(), {
    bufferLogs: true,
    bodyParser: false,
  });
  app.useLogger(app.get(Logger));
  app.set('trust proxy', TRUSTED_PROXIES);
  app.disable('x-powered-by');
  // Responses carry no ETag unless a handler sets one.
  app.set('etag', false);
  app.useGlobalInterceptors(new JsonBodyInterceptor(options.bodyLimitBytes ?? DEFAULT_BODY_LIMIT_BYTES));
  app.setGlobalPrefix(globalPrefix, {
    exclude: (options.excludeFromPrefix ?? []).map((path) => ({ path, method: RequestMethod.ALL })),
  });

  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle(options.title)
      .setDescription(options.description)
      .setVersion(options.version)
      .addBearerAuth()
      .build(),
  );
  SwaggerModule.setup(`${globalPrefix}/docs`, app, document, { jsonDocumentUrl: `${globalPrefix}/docs-json` });

  if (options.consumer) {
    app.connectMicroservice({
      strategy: new SqsConsumerServer({
        queues: options.consumer.queues,
        resourcePrefix: config.SHOP_RESOURCE_PREFIX,
      }),
    });
    await app.startAllMicroservices();
  }

  app.enableShutdownHooks();
  await app.listen(config.PORT, '0.0.0.0');
}
