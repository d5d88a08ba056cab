import { EventBridgeClient } from '@aws-sdk/client-eventbridge';
import { SNSClient } from '@aws-sdk/client-sns';
import {
  type DynamicModule,
  Inject,
  Injectable,
  type InjectionToken,
  Module,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import type { EventRegistry } from '@shop/contracts';
import { DataSource } from 'typeorm';
import { enabledFaults } from '../faults/fault-points';
import { OutboxRelay, type OutboxRelaySettings } from '../outbox/outbox-relay';
import { OutboxWriter } from '../outbox/outbox-writer';
import type { AwsResourceLocation } from './aws-resource-location';
import { EventBridgeEventPublisher } from './eventbridge-event-publisher';
import { SnsEventPublisher } from './sns-event-publisher';

export interface EventBusPublishingOptions extends AwsResourceLocation {
  /** `SHOP_FAULTS` (tests only; see fault-points.ts). */
  readonly faults?: string;
  readonly relay?: Partial<OutboxRelaySettings>;
  /** The events this service may write; defaults to every shop event. */
  readonly registry?: EventRegistry;
  /** The token of the service's TypeORM DataSource; `DataSource` (TypeOrmModule's default) unless given. */
  readonly dataSourceToken?: InjectionToken;
  /** False in a process that writes events but leaves publishing to another; default true. */
  readonly runRelay?: boolean;
}

const OPTIONS = Symbol('EventBusPublishingOptions');

/**
 * The SDK waits forever for a response by default: one hung connection would stall the relay's round,
 * and with it every event. A timed-out call fails its events, which are retried with backoff.
 */
export const PUBLISH_REQUEST_TIMEOUTS = { connectionTimeout: 3_000, requestTimeout: 10_000 } as const;

/** The AWS clients the publishers use, closed with the application. */
class PublishingClients {
  readonly sns: SNSClient;
  readonly eventBridge: EventBridgeClient;

  constructor(region: string) {
    // Endpoint (AWS_ENDPOINT_URL) and credentials come from the environment, as the SDK reads them.
    const config = { region, requestHandler: PUBLISH_REQUEST_TIMEOUTS };
    this.sns = new SNSClient(config);
    this.eventBridge = new EventBridgeClient(config);
  }

  destroy(): void {
    this.sns.destroy();
    this.eventBridge.destroy();
  }
}

/** Starts the relay with the application and stops it (finishing its round) on shutdown. */
@Injectable()
class OutboxRelayLifecycle implements OnApplicationBootstrap, OnApplicationShutdown {
  constructor(
    private readonly relay: OutboxRelay,
    private readonly clients: PublishingClients,
    @Inject(OPTIONS) private readonly options: EventBusPublishingOptions,
  ) {}

  onApplicationBootstrap(): void {
    if (this.options.runRelay ?? true) this.relay.start();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.relay.stop();
    this.clients.destroy();
  }
}

/**
 * The publishing side of the event bus for a Nest service: `OutboxWriter` to inject into use cases
 * (append events in the state change's transaction) and an `OutboxRelay` publishing them to SNS and
 * EventBridge. The service registers `OutboxEventEntity` in its data source and creates the table in
 * a migration with `createOutboxTable`.
 */
@Module({})
export class EventBusPublishingModule {
  static forRoot(options: EventBusPublishingOptions): DynamicModule {
    return {
      module: EventBusPublishingModule,
      global: true,
      providers: [
        { provide: OPTIONS, useValue: options },
        { provide: OutboxWriter, useFactory: () => new OutboxWriter(options.registry) },
        { provide: PublishingClients, useFactory: () => new PublishingClients(options.region) },
        {
          provide: OutboxRelay,
          inject: [options.dataSourceToken ?? DataSource, PublishingClients],
          useFactory: (dataSource: DataSource, clients: PublishingClients) =>
            new OutboxRelay({
              ...options.relay,
              dataSource,
              faults: enabledFaults(options.faults),
              publishers: [
                new SnsEventPublisher(clients.sns, options),
                new EventBridgeEventPublisher(clients.eventBridge, options),
              ],
            }),
        },
        OutboxRelayLifecycle,
      ],
      exports: [OutboxWriter, OutboxRelay],
    };
  }
}
