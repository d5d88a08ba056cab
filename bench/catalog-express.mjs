// Benchmark only: the catalog on Nest's Express adapter, so that `npm run bench` can compare the
// adapters on the same routes (the design keeps Fastify unless this comparison says otherwise).
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
require('../services/catalog/dist/telemetry.js');
const { NestFactory } = require('@nestjs/core');
const { ExpressAdapter } = require('@nestjs/platform-express');
const { Logger } = require('nestjs-pino');
const { AppModule } = require('../services/catalog/dist/app.module.js');

const app = await NestFactory.create(AppModule, new ExpressAdapter(), { bufferLogs: true });
app.useLogger(app.get(Logger));
app.setGlobalPrefix('api/catalog');
app.enableShutdownHooks();
await app.listen(Number(process.env.PORT ?? 3001), '127.0.0.1');
