import { SQSClient } from '@aws-sdk/client-sqs';
import { Module, type DynamicModule } from '@nestjs/common';
import { DeadLetterStore } from './dead-letter-store';
import { DeadLettersController } from './dead-letters.controller';

/** Settings of `DeadLettersModule`. */
export interface DeadLettersOptions {
  /** Logical names of the queues whose dead letters the API shows (those this service consumes). */
  readonly queues: readonly string[];
  /** `SHOP_RESOURCE_PREFIX`. */
  readonly resourcePrefix: string;
  /** Defaults to a client configured by the AWS SDK from the environment. */
  readonly sqs?: SQSClient;
}

/**
 * The dead-letter admin API of a consuming service: `GET admin/dead-letters` (admin, viewer) and
 * `POST admin/dead-letters/redrive` (admin). Needs `AuthModule` for the roles.
 */
@Module({})
export class DeadLettersModule {
  static forRoot(options: DeadLettersOptions): DynamicModule {
    return {
      module: DeadLettersModule,
      controllers: [DeadLettersController],
      providers: [
        {
          provide: DeadLetterStore,
          useFactory: () =>
            new DeadLetterStore(options.sqs ?? new SQSClient({}), options.queues, options.resourcePrefix),
        },
      ],
      exports: [DeadLetterStore],
    };
  }
}
