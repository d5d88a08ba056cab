export * from './catalog';
export { createEnvelope, InvalidEventDataError, type CreateEnvelopeOptions } from './create-envelope';
export { defineEvent, type EnvelopeOf, type EventContract, type EventDataOf } from './define-event';
export { envelopeSchema, traceContextSchema, type EventEnvelope, type TraceContext } from './envelope';
export { EventRegistry } from './event-registry';
export { isEvent, parseEvent, type ParseEventResult } from './parse-event';
export { shopEvents } from './shop-events';
export { describeIssues } from './zod-issues';
