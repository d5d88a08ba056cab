export * from './publishing';
export * from './outbox';
export * from './consuming';
export * from './inbox';
export * from './dead-letters';
export { crashAt, enabledFaults, type FaultPoint } from './faults/fault-points';
export * from './telemetry/messaging-names';
