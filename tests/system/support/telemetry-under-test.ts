import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, startService, TEST_JWT, type RunningService } from '@shop/testing';

const ROOT = join(__dirname, '..', '..', '..');

export interface TelemetryAwsSettings {
  endpoint: string;
  region: string;
  prefix: string;
}

/**
 * The local telemetry collector as `npm start` runs it (tools/telemetry), on free ports and a data
 * folder of its own: OTLP gRPC and HTTP in, the query API out, alarms evaluated every second and
 * notified through the local AWS endpoint.
 */
export class TelemetryUnderTest {
  private constructor(
    private readonly process: RunningService,
    readonly grpcEndpoint: string,
    readonly httpEndpoint: string,
    private readonly dataDir: string,
  ) {}

  static async start(aws: TelemetryAwsSettings): Promise<TelemetryUnderTest> {
    const dataDir = await mkdtemp(join(tmpdir(), 'telemetry-'));
    const [grpcPort, httpPort] = [await freePort(), await freePort()];
    const running = await startService({
      name: 'telemetry',
      cwd: join(ROOT, 'tools', 'telemetry'),
      script: 'dist/main.js',
      portVariable: 'TELEMETRY_API_PORT',
      readyPath: '/api/telemetry/health/live',
      env: {
        NODE_ENV: 'test',
        LOG_LEVEL: 'warn',
        TELEMETRY_DATA_DIR: dataDir,
        TELEMETRY_GRPC_PORT: String(grpcPort),
        TELEMETRY_HTTP_PORT: String(httpPort),
        TELEMETRY_ALARM_EVALUATION_SECONDS: '1',
        JWT_SECRET: TEST_JWT.secret,
        JWT_ISSUER: TEST_JWT.issuer,
        JWT_AUDIENCE: TEST_JWT.audience,
        AWS_ENDPOINT_URL: aws.endpoint,
        AWS_REGION: aws.region,
        AWS_ACCESS_KEY_ID: 'test',
        AWS_SECRET_ACCESS_KEY: 'test',
        SHOP_RESOURCE_PREFIX: aws.prefix,
      },
    });
    return new TelemetryUnderTest(running, `http://127.0.0.1:${grpcPort}`, `http://127.0.0.1:${httpPort}`, dataDir);
  }

  /** `http://127.0.0.1:PORT` of the query API (what the gateway routes /api/telemetry to). */
  get url(): string {
    return this.process.url;
  }

  async stop(): Promise<void> {
    await this.process.stop();
    await rm(this.dataDir, { recursive: true, force: true });
  }
}
