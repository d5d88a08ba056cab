import type { OtlpAnyValue, OtlpKeyValue, OtlpLong } from './otlp-messages';

const TWO_TO_THE_32 = 2 ** 32;
// 2^32 = 4294967 * 1000 + 296: splits a nanosecond count into microseconds without rounding through a double.
const MICROS_PER_HIGH_WORD = 4294967;
const NANOS_LEFT_PER_HIGH_WORD = 296;

/** A 64-bit protobuf integer as a JavaScript number (exact up to 2^53). */
export function longToNumber(value: OtlpLong | null | undefined): number {
  if (value === null || value === undefined) return 0;
  if (typeof value === 'number') return value;
  return value.high * TWO_TO_THE_32 + (value.low >>> 0);
}

/** Nanoseconds since the epoch (fixed64) as whole microseconds, exactly. */
export function nanosToMicros(value: OtlpLong | null | undefined): number {
  if (value === null || value === undefined) return 0;
  if (typeof value === 'number') return Math.floor(value / 1000);
  const high = value.high >>> 0;
  return high * MICROS_PER_HIGH_WORD + Math.floor((high * NANOS_LEFT_PER_HIGH_WORD + (value.low >>> 0)) / 1000);
}

/** Ids as the lowercase hex the SDKs and the log lines print; '' for an absent id. */
export function idToHex(bytes: Uint8Array | null | undefined): string {
  if (!bytes || bytes.length === 0) return '';
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('hex');
}

/** A valid trace (16 bytes) or span (8 bytes) id: the right length and not all zeros. */
export function isValidId(bytes: Uint8Array | null | undefined, length: 8 | 16): bytes is Uint8Array {
  return !!bytes && bytes.length === length && bytes.some((byte) => byte !== 0);
}

/** An AnyValue as plain JS: arrays and key-value lists nested, bytes as base64, null for an empty value. */
export function anyValueToJs(value: OtlpAnyValue | null | undefined): unknown {
  if (!value) return null;
  if (value.stringValue !== undefined && value.stringValue !== null) return value.stringValue;
  if (value.boolValue !== undefined && value.boolValue !== null) return value.boolValue;
  if (value.intValue !== undefined && value.intValue !== null) return longToNumber(value.intValue);
  if (value.doubleValue !== undefined && value.doubleValue !== null) return value.doubleValue;
  if (value.arrayValue) return (value.arrayValue.values ?? []).map(anyValueToJs);
  if (value.kvlistValue) return attributesToRecord(value.kvlistValue.values);
  if (value.bytesValue) return Buffer.from(value.bytesValue).toString('base64');
  return null;
}

/** Attributes as a plain record; entries without a key are left out. */
export function attributesToRecord(attributes: OtlpKeyValue[] | null | undefined): Record<string, unknown> {
  const record: Record<string, unknown> = {};
  for (const { key, value } of attributes ?? []) {
    if (key) record[key] = anyValueToJs(value);
  }
  return record;
}
