import { HttpException } from '@nestjs/common';
import { context, SpanStatusCode, trace, type Attributes } from '@opentelemetry/api';
import { Observable } from 'rxjs';
import { DomainError } from '../errors/domain-error';

const tracer = trace.getTracer('@shop/observability');

/**
 * Runs a Nest handler inside a span of its own, named `Controller.method` with the attributes the
 * OpenTelemetry Nest instrumentation uses. That instrumentation cannot do it here: Nest 12 ships ES
 * modules, which OpenTelemetry's CommonJS require hooks never see. Database and client spans made
 * by the handler become children of this span.
 *
 * Only unexpected errors mark the span as failed: a domain error or a 4xx is an answer, not a fault.
 */
export function runInHandlerSpan<T>(name: string, attributes: Attributes, handle: () => Observable<T>): Observable<T> {
  return new Observable<T>((subscriber) => {
    const span = tracer.startSpan(name, { attributes });
    const subscription = context.with(trace.setSpan(context.active(), span), () =>
      handle().subscribe({
        next: (value) => subscriber.next(value),
        error: (error: unknown) => {
          if (isFault(error)) {
            span.recordException(error instanceof Error ? error : String(error));
            span.setStatus({ code: SpanStatusCode.ERROR });
          }
          span.end();
          subscriber.error(error);
        },
        complete: () => {
          span.end();
          subscriber.complete();
        },
      }),
    );
    return () => subscription.unsubscribe();
  });
}

function isFault(error: unknown): boolean {
  if (error instanceof DomainError) return false;
  if (error instanceof HttpException) return error.getStatus() >= 500;
  return true;
}
