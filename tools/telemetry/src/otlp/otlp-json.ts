/**
 * OTLP/JSON differs from protobufjs' JSON form in one way that matters: trace and span ids are hex, not
 * base64. This rewrites them to bytes so that the generated `fromObject` (which takes camelCase names,
 * enums as numbers or names, and 64-bit integers as strings or numbers) builds the same message that
 * the protobuf encoding of the request decodes to.
 */

// One byte is never a valid id: an id that is not hex stays invalid and its item is rejected, instead of
// turning into an empty (absent) id, which for a parent span id would make a root.
const NOT_AN_ID = Uint8Array.of(0);
const HEX = /^(?:[0-9a-f]{2})*$/i;

type JsonObject = Record<string, unknown>;

function hexIdToBytes(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  return HEX.test(value) ? Buffer.from(value, 'hex') : NOT_AN_ID;
}

/** Replaces the named id fields of each object in place. */
export function rewriteIds(objects: unknown, fields: readonly string[]): void {
  if (!Array.isArray(objects)) return;
  for (const object of objects) {
    if (!isObject(object)) continue;
    for (const field of fields) {
      if (field in object) object[field] = hexIdToBytes(object[field]);
    }
  }
}

/** The items of `path` below each of `objects` (arrays along the way are flattened; anything else is skipped). */
export function itemsAt(objects: unknown, path: readonly string[]): unknown[] {
  let level: unknown[] = Array.isArray(objects) ? objects : [];
  for (const key of path) {
    level = level.flatMap((object) => {
      const child = isObject(object) ? object[key] : undefined;
      return Array.isArray(child) ? (child as unknown[]) : [];
    });
  }
  return level;
}

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
