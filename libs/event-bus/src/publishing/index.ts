export { type AwsResourceLocation, topicArn } from './aws-resource-location';
export { chunkEntries } from './chunk-entries';
export {
  EventBusPublishingModule,
  type EventBusPublishingOptions,
  PUBLISH_REQUEST_TIMEOUTS,
} from './event-bus-publishing.module';
export { eventBusPublishingSettings } from './event-bus-publishing-settings';
export {
  type DestinationKind,
  type EventDestination,
  destinationKey,
  destinationName,
  parseDestinationKey,
} from './event-destination';
export { type EventPublisher, type OutboundEvent, type PublishOutcome } from './event-publisher';
export { EventBridgeEventPublisher } from './eventbridge-event-publisher';
export { endProducerSpan, type ProducerSpan, type ProducerSystem, startProducerSpan } from './producer-span';
export { SnsEventPublisher, snsMessageAttributes } from './sns-event-publisher';
export { activeTraceContext, contextFromTraceContext, traceContextOf } from './trace-context';
