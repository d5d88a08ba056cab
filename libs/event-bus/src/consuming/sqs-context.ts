import type { Message } from '@aws-sdk/client-sqs';
import { BaseRpcContext } from '@nestjs/microservices';

/** One delivery of one SQS message. */
export interface SqsDelivery {
  /** Physical queue name. */
  readonly queue: string;
  readonly message: Message;
  /** 1 on the first delivery (SQS's ApproximateReceiveCount). */
  readonly attempt: number;
}

/** What `@Ctx()` gives an `@EventPattern` handler of the SQS consumer. */
export class SqsContext extends BaseRpcContext<[SqsDelivery]> {
  getQueue(): string {
    return this.args[0].queue;
  }

  getMessage(): Message {
    return this.args[0].message;
  }

  getAttempt(): number {
    return this.args[0].attempt;
  }
}
