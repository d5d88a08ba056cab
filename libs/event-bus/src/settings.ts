// The event bus's settings alone, for config code that runs before telemetry starts: importing the
// package's index would load the AWS SDK before OpenTelemetry can instrument it.
export { eventBusPublishingSettings } from './publishing/event-bus-publishing-settings';
