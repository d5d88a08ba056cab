import type { OtlpAnyValue, OtlpKeyValue, OtlpLong } from './otlp-messages';

/** A 64-bit protobuf integer as a JavaScript number (exact for the counts and ids tests see). */
export function longToNumber(value: OtlpLong | null | undefined): number {
  if (value === null || value === undefined) return 0;
  if (typeof value === 'number') return value;
  return value.high * 2 ** 32 + (value.low >>> 0);
}

/** Span and trace ids as the lowercase hex the SDK and the logs use. */
export function toHex(bytes: Uint8Array | null | undefined): string {
  return Buffer.from(bytes ?? []).toString('hex');
}

export function anyValueToJs(value: OtlpAnyValue | null | undefined): unknown {
  if (!value) return undefined;
  if (value.stringValue !== undefined && value.stringValue !== null) return value.stringValue;
  if (value.boolValue !== undefined && value.boolValue !== null) return value.boolValue;
  if (value.intValue !== undefined && value.intValue !== null) return longToNumber(value.intValue);
  if (value.doubleValue !== undefined && value.doubleValue !== null) return value.doubleValue;
  if (value.arrayValue) return (value.arrayValue.values ?? []).map(anyValueToJs);
  if (value.kvlistValue) return attributesToRecord(value.kvlistValue.values);
  if (value.bytesValue) return Buffer.from(value.bytesValue).toString('base64');
  return undefined;
}

export function attributesToRecord(attributes: OtlpKeyValue[] | null | undefined): Record<string, unknown> {
  return Object.fromEntries((attributes ?? []).map(({ key, value }) => [key, anyValueToJs(value)]));
}
