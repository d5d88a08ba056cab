import { applyDecorators, Catch, Controller, UseFilters, type RpcExceptionFilter } from '@nestjs/common';
import { EventPattern } from '@nestjs/microservices';
import type { EventContract } from '@shop/contracts';
import { throwError, type Observable } from 'rxjs';
import { SQS_TRANSPORT } from './sqs-transport';

/**
 * Hands a handler's error to the consumer as it was thrown. Without it Nest's RPC layer replaces every
 * error that is not an RpcException with "Internal server error", and the dead-letter reason would say
 * nothing. The consumer logs the failure itself, with the event and the attempt.
 */
@Catch()
export class HandlerErrorPassthroughFilter implements RpcExceptionFilter<unknown> {
  catch(exception: unknown): Observable<never> {
    return throwError(() => exception);
  }
}

/**
 * Marks a controller whose methods are `@EventPattern(type)` handlers of events consumed from SQS; use it
 * instead of `@Controller()` so a failure's reason reaches the log and the dead-letter queue. Only for
 * event handlers: the filter it installs does not answer HTTP requests.
 */
export function EventConsumer(): ClassDecorator {
  return applyDecorators(Controller(), UseFilters(new HandlerErrorPassthroughFilter()));
}

/**
 * `@EventPattern(contract.type, SQS_TRANSPORT)` for the handler of one event contract. Nest 12 types a
 * plain `@EventPattern('type')` method as `(data, ...args: unknown[])`, which refuses a typed
 * `@Ctx() delivery: SqsContext` parameter; this keeps the handler's parameters typed.
 */
export function HandleEvent(contract: EventContract): MethodDecorator {
  return EventPattern<string>(contract.type, SQS_TRANSPORT);
}
