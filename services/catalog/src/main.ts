import './telemetry';
import { RequestMethod } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { ExpressAdapter, type NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { Logger } from 'nestjs-pino';
import { AppModule } from './app.module';
import { awsSdkEnvironment, catalogConfig } from './config/catalog-config';
import { JsonBodyInterceptor } from './json-body.interceptor';
import { serviceVersion } from './service-version';

const GLOBAL_PREFIX = 'api/catalog';
// Bigger bodies are refused with 413 while being read, before any JSON parsing; no catalog request comes close.
const BODY_LIMIT_BYTES = 64 * 1024;
// X-Forwarded-For is believed only from proxies on loopback or private networks (the gateway, the
// ALB), walking from the right: entries a client made up itself never become its address.
const TRUSTED_PROXIES = 'loopback, uniquelocal';

async function bootstrap(): Promise<void> {
  const config = catalogConfig();
  // Before the application (and with it the event bus's AWS clients) is made.
  Object.assign(process.env, awsSdkEnvironment(config));
  // Express, not Fastify: docs/decisions/0004-express-adapter.md. No body parser middleware: JSON bodies
  // are read by JsonBodyInterceptor, once the request has its route.
  const app = await NestFactory.create<NestExpressApplication>(AppModule, new ExpressAdapter(), {
    bufferLogs: true,
    bodyParser: false,
  });
  app.useLogger(app.get(Logger));
  app.set('trust proxy', TRUSTED_PROXIES);
  app.disable('x-powered-by');
  // Responses carry no ETag unless a handler sets one (the images do), as on Fastify.
  app.set('etag', false);
  app.useGlobalInterceptors(new JsonBodyInterceptor(BODY_LIMIT_BYTES));
  app.setGlobalPrefix(GLOBAL_PREFIX, { exclude: [{ path: 'api/auth/{*rest}', method: RequestMethod.ALL }] });

  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Catalog API')
      .setDescription('Products and the category tree: the storefront reads, operators manage.')
      .setVersion(serviceVersion())
      .addBearerAuth()
      .build(),
  );
  SwaggerModule.setup(`${GLOBAL_PREFIX}/docs`, app, document, { jsonDocumentUrl: `${GLOBAL_PREFIX}/docs-json` });

  app.enableShutdownHooks();
  await app.listen(config.PORT, '0.0.0.0');
}

bootstrap().catch((error: unknown) => {
  process.stderr.write(`The catalog could not start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
