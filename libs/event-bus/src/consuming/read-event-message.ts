import { parseEvent, shopEvents, type EventRegistry, type ParseEventResult } from '@shop/contracts';

/** An EventBridge event as an SQS target receives it: our envelope is its `detail`. */
interface EventBridgeDelivery {
  'detail-type': unknown;
  detail: unknown;
}

function isEventBridgeDelivery(value: unknown): value is EventBridgeDelivery {
  return typeof value === 'object' && value !== null && 'detail-type' in value && 'detail' in value;
}

/**
 * Reads the event envelope out of an SQS message body, as SNS (raw delivery: the body is the envelope)
 * or EventBridge (the body is the EventBridge event, the envelope its `detail`) put it there, and
 * validates it against its contract. Never throws: an unreadable body is a failed result with the reason.
 */
export function readEventMessage(body: string | undefined, registry: EventRegistry = shopEvents): ParseEventResult {
  if (body === undefined) return { ok: false, reason: 'message has no body' };
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return { ok: false, reason: 'message body is not JSON' };
  }
  return parseEvent(isEventBridgeDelivery(parsed) ? parsed.detail : parsed, registry);
}
