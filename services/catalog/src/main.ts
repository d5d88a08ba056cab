import './telemetry';
import { RequestMethod } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { Logger } from 'nestjs-pino';
import { AppModule } from './app.module';
import { catalogConfig } from './config/catalog-config';
import { serviceVersion } from './service-version';

const GLOBAL_PREFIX = 'api/catalog';
// Bigger bodies are refused with 413 before any JSON parsing; no catalog request comes close.
const BODY_LIMIT_BYTES = 64 * 1024;
// X-Forwarded-For is believed only from proxies on loopback or private networks (the gateway, the
// ALB), walking from the right: entries a client made up itself never become its address.
const TRUSTED_PROXIES = ['loopback', 'uniquelocal'];
// Long enough for any id or slug (and for an over-long one to reach validation and get a 400 in the
// error shape); Fastify's default of 100 would refuse a valid 120-character slug with a bare 414.
const MAX_PATH_PARAMETER_LENGTH = 500;

async function bootstrap(): Promise<void> {
  const config = catalogConfig();
  const app = await NestFactory.create<NestFastifyApplication>(
    AppModule,
    new FastifyAdapter({
      trustProxy: TRUSTED_PROXIES,
      bodyLimit: BODY_LIMIT_BYTES,
      routerOptions: { maxParamLength: MAX_PATH_PARAMETER_LENGTH },
    }),
    { bufferLogs: true },
  );
  app.useLogger(app.get(Logger));
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
  await app.listen({ port: config.PORT, host: '0.0.0.0' });
}

bootstrap().catch((error: unknown) => {
  process.stderr.write(`The catalog could not start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
