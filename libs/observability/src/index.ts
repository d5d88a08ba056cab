export { DomainError } from './errors/domain-error';
export { CorrelationId } from './http/correlation-id.decorator';
export type { ErrorBody } from './errors/error-response';
export { ObservabilityModule } from './observability.module';
export type { LogLevel, ObservabilityOptions } from './observability-options';
export { annotateSpan } from './tracing/annotate-span';
export { ShopAttributes, ShopMetrics } from './tracing/shop-attributes';
export { untraced } from './tracing/untraced';
