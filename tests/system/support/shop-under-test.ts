import { join } from 'node:path';
import { applyTopology, startLocalAws, type AppliedTopology, type LocalAws } from '@shop/local-aws';
import {
  createTestDatabase,
  freePort,
  mariadbUrl,
  runServiceScript,
  startOtlpReceiver,
  startService,
  TEST_JWT,
  type OtlpReceiver,
  type RunningService,
  type TestDatabase,
} from '@shop/testing';
import { messagingTopology, services, type ServiceName } from '@shop/topology';
import { randomUUID } from 'node:crypto';
import { TelemetryUnderTest } from './telemetry-under-test';

const ROOT = join(__dirname, '..', '..', '..');
const REGION = 'us-east-1';

/** The operator accounts seedOperators() makes, as the catalog's seed command names them. */
export const OPERATORS = {
  admin: { email: 'admin@shop.local', password: 'system-admin-password' },
  viewer: { email: 'viewer@shop.local', password: 'system-viewer-password' },
} as const;

const SERVICE_NAMES = ['catalog', 'inventory', 'cart', 'order'] as const satisfies readonly ServiceName[];

/** The folder and the readiness path of each service, from the topology's health path. */
function serviceDirectory(name: ServiceName): string {
  return join(ROOT, 'services', name);
}

function readyPath(name: ServiceName): string {
  return services[name].healthPath.replace(/\/live$/, '/ready');
}

export interface StartShopOptions {
  /** Extra settings per service (SHOP_FAULTS, shorter timeouts). */
  readonly env?: Partial<Record<ServiceName, Record<string, string>>>;
  /** Send every process's telemetry to the local collector (tools/telemetry) instead of the test receiver. */
  readonly telemetry?: boolean;
}

/**
 * The whole shop as `npm start` runs it, each part a real process on its own port: the local AWS
 * endpoint with the topology applied under a prefix of its own, the four services on fresh databases,
 * and the gateway in front of them; every process sends its spans and metrics to one OTLP receiver,
 * or with `telemetry: true` to the local collector, whose query API the gateway then routes to.
 */
export class ShopUnderTest {
  private readonly running = new Map<ServiceName | 'gateway', RunningService>();
  private readonly environments = new Map<ServiceName, Record<string, string>>();

  private constructor(
    readonly prefix: string,
    readonly aws: LocalAws,
    readonly topology: AppliedTopology,
    readonly receiver: OtlpReceiver,
    private readonly databases: TestDatabase[],
    private readonly collector: TelemetryUnderTest | undefined,
  ) {}

  static async start(options: StartShopOptions = {}): Promise<ShopUnderTest> {
    const prefix = `sys${randomUUID().slice(0, 8)}`;
    const aws = await startLocalAws({ port: await freePort() });
    const topology = await applyTopology(messagingTopology, { endpoint: aws.url, region: REGION, prefix });
    const receiver = await startOtlpReceiver();
    const collector = options.telemetry
      ? await TelemetryUnderTest.start({ endpoint: aws.url, region: REGION, prefix })
      : undefined;
    const databases = await Promise.all(SERVICE_NAMES.map((name) => createTestDatabase(`sys_${name}`)));
    const shop = new ShopUnderTest(prefix, aws, topology, receiver, databases, collector);
    try {
      SERVICE_NAMES.forEach((name, index) => {
        const database = databases[index];
        if (!database) throw new Error(`no database for ${name}`);
        shop.environments.set(name, {
          ...shop.commonEnv(),
          DATABASE_URL: mariadbUrl(database),
          ...options.env?.[name],
        });
      });
      for (const name of SERVICE_NAMES) {
        shop.connectUpstreams(name);
        await shop.migrate(name);
        await shop.startPart(name);
      }
      await shop.startGateway();
      return shop;
    } catch (error) {
      await shop.stop();
      throw error;
    }
  }

  /** `http://127.0.0.1:PORT` of the gateway: what the storefront and the admin console talk to. */
  get url(): string {
    return this.part('gateway').url;
  }

  /** The local collector, when the shop was started with `telemetry: true`. */
  get telemetry(): TelemetryUnderTest {
    if (!this.collector) throw new Error('the shop was started without the telemetry collector');
    return this.collector;
  }

  part(name: ServiceName | 'gateway'): RunningService {
    const running = this.running.get(name);
    if (!running) throw new Error(`${name} is not running`);
    return running;
  }

  /** Starts a service again on its database and port (stopping it first if it runs), with other settings if given. */
  async restart(name: ServiceName, env: Record<string, string> = {}): Promise<void> {
    const previous = this.running.get(name);
    await previous?.stop();
    this.running.delete(name);
    this.environments.set(name, { ...this.environments.get(name), ...env });
    await this.startPart(name, previous?.port);
  }

  /**
   * Makes the OPERATORS accounts with the catalog's seed command, as `npm start` does (`--products 0`:
   * the seed's category tree, no products), so a browser can sign in to the admin console.
   */
  async seedOperators(): Promise<void> {
    await runServiceScript(
      serviceDirectory('catalog'),
      'seed',
      {
        ...this.environments.get('catalog'),
        SEED_ADMIN_PASSWORD: OPERATORS.admin.password,
        SEED_VIEWER_PASSWORD: OPERATORS.viewer.password,
      },
      ['--products', '0'],
    );
  }

  async stop(): Promise<void> {
    await Promise.all([...this.running.values()].map((running) => running.stop()));
    this.running.clear();
    await this.receiver.stop();
    await this.collector?.stop();
    await this.aws.stop();
    await Promise.all(this.databases.map((database) => database.drop()));
  }

  private commonEnv(): Record<string, string> {
    return {
      NODE_ENV: 'test',
      LOG_LEVEL: 'info',
      JWT_SECRET: TEST_JWT.secret,
      JWT_ISSUER: TEST_JWT.issuer,
      JWT_AUDIENCE: TEST_JWT.audience,
      AWS_ENDPOINT_URL: this.aws.url,
      AWS_ACCESS_KEY_ID: 'test',
      AWS_SECRET_ACCESS_KEY: 'test',
      AWS_REGION: REGION,
      SHOP_RESOURCE_PREFIX: this.prefix,
      ...this.telemetryEnv(),
    };
  }

  private telemetryEnv(): Record<string, string> {
    return {
      OTEL_EXPORTER_OTLP_ENDPOINT: this.collector?.grpcEndpoint ?? this.receiver.endpoint,
      OTEL_TRACES_SAMPLER_ARG: '1',
      OTEL_METRIC_EXPORT_INTERVAL: '1000',
    };
  }

  private async migrate(name: ServiceName): Promise<void> {
    await runServiceScript(serviceDirectory(name), 'migrate', this.environments.get(name) ?? {});
  }

  /** The cart asks the catalog for prices, the order asks the cart for its lines. */
  private connectUpstreams(name: ServiceName): void {
    const upstreams: Record<string, string> = {};
    if (name === 'cart') upstreams['CATALOG_URL'] = this.part('catalog').url;
    if (name === 'order') upstreams['CART_URL'] = this.part('cart').url;
    this.environments.set(name, { ...this.environments.get(name), ...upstreams });
  }

  private async startPart(name: ServiceName, port?: number): Promise<void> {
    const running = await startService({
      ...(port === undefined ? {} : { port }),
      name,
      cwd: serviceDirectory(name),
      script: 'dist/main.js',
      env: this.environments.get(name) ?? {},
      readyPath: readyPath(name),
    });
    this.running.set(name, running);
  }

  private async startGateway(): Promise<void> {
    const upstreams = Object.fromEntries(
      SERVICE_NAMES.map((name) => [`${name.toUpperCase()}_URL`, this.part(name).url]),
    );
    if (this.collector) upstreams['TELEMETRY_URL'] = this.collector.url;
    const gateway = await startService({
      name: 'gateway',
      cwd: join(ROOT, 'tools', 'gateway'),
      script: 'dist/main.js',
      env: { NODE_ENV: 'test', LOG_LEVEL: 'warn', ...this.telemetryEnv(), ...upstreams },
      readyPath: '/gateway/health',
      portVariable: 'GATEWAY_PORT',
    });
    this.running.set('gateway', gateway);
  }
}
