import { validationError } from './eventbridge-errors';

/** A PutEvents request entry as the AWS JSON protocol carries it. */
export interface PutEventsEntryInput {
  readonly Source?: unknown;
  readonly DetailType?: unknown;
  readonly Detail?: unknown;
  readonly Resources?: unknown;
  readonly EventBusName?: unknown;
  /** Epoch seconds (the SDK's serialisation) or an ISO string. */
  readonly Time?: unknown;
  readonly TraceHeader?: unknown;
}

export interface ValidEntry {
  readonly ok: true;
  readonly source: string;
  readonly detailType: string;
  readonly detail: Readonly<Record<string, unknown>>;
  readonly resources: readonly string[];
  readonly busName: string | undefined;
  /** Epoch milliseconds, when the entry gave one. */
  readonly time: number | undefined;
  readonly traceHeader: string | undefined;
}

export interface RejectedEntry {
  readonly ok: false;
  readonly errorCode: 'InvalidArgument' | 'MalformedDetail' | 'NotAuthorizedForSourceException';
  readonly errorMessage: string;
}

export const MAX_ENTRIES = 10;
export const MAX_REQUEST_BYTES = 256 * 1024;
const MAX_DETAIL_TYPE_LENGTH = 128;
// AWS counts a given Time as 14 bytes when it sizes an entry.
const TIME_BYTES = 14;

/** Request-level checks: 1 to 10 entries, at most 256 KiB in all (AWS's size calculation). */
export function checkPutEventsRequest(entries: unknown): asserts entries is PutEventsEntryInput[] {
  if (!Array.isArray(entries) || entries.length === 0) {
    throw validationError(
      "1 validation error detected: Value null at 'entries' failed to satisfy constraint: Member must not be null",
    );
  }
  if (entries.length > MAX_ENTRIES) {
    throw validationError(
      `1 validation error detected: Value '[${entries.length} entries]' at 'entries' failed to satisfy constraint: ` +
        `Member must have length less than or equal to ${MAX_ENTRIES}`,
    );
  }
  const total = (entries as PutEventsEntryInput[]).reduce((sum, entry) => sum + entrySize(entry), 0);
  if (total > MAX_REQUEST_BYTES) {
    throw validationError('Total size of the entries in the request is over the limit.');
  }
}

/** An entry's size as AWS documents it ("Calculating PutEvents event entry size"). */
export function entrySize(entry: PutEventsEntryInput): number {
  const bytes = (value: unknown) => (typeof value === 'string' ? Buffer.byteLength(value, 'utf8') : 0);
  const resources = Array.isArray(entry.Resources) ? entry.Resources.reduce((sum: number, r) => sum + bytes(r), 0) : 0;
  return (
    (entry.Time === undefined ? 0 : TIME_BYTES) +
    bytes(entry.Source) +
    bytes(entry.DetailType) +
    bytes(entry.Detail) +
    resources
  );
}

/** Per-entry checks; a rejected entry becomes an ErrorCode/ErrorMessage line of the result. */
export function checkEntry(entry: PutEventsEntryInput): ValidEntry | RejectedEntry {
  for (const field of ['Source', 'DetailType', 'Detail'] as const) {
    const value = entry[field];
    if (typeof value !== 'string' || value.length === 0) {
      return invalid(`Parameter ${field} is not valid. Reason: ${field} is a required argument.`);
    }
  }
  const source = entry.Source as string;
  const detailType = entry.DetailType as string;
  if (detailType.length > MAX_DETAIL_TYPE_LENGTH) {
    return invalid(`Parameter DetailType is not valid. Reason: DetailType is longer than ${MAX_DETAIL_TYPE_LENGTH}.`);
  }
  if (source.startsWith('aws.')) {
    return { ok: false, errorCode: 'NotAuthorizedForSourceException', errorMessage: 'Not authorized for the source.' };
  }
  const detail = parseDetail(entry.Detail as string);
  if (detail === undefined) return { ok: false, errorCode: 'MalformedDetail', errorMessage: 'Detail is malformed.' };
  const resources = entry.Resources ?? [];
  if (!Array.isArray(resources) || resources.some((resource) => typeof resource !== 'string')) {
    return invalid('Parameter Resources is not valid. Reason: Resources must be a list of strings.');
  }
  const time = parseTime(entry.Time);
  if (time === null) return invalid('Parameter Time is not valid.');
  return {
    ok: true,
    source,
    detailType,
    detail,
    resources: resources as string[],
    busName: typeof entry.EventBusName === 'string' && entry.EventBusName !== '' ? entry.EventBusName : undefined,
    time,
    traceHeader: typeof entry.TraceHeader === 'string' ? entry.TraceHeader : undefined,
  };
}

/** True when the entry has Source, DetailType and Detail: a request where none has all three fails whole. */
export function hasRequiredFields(entry: PutEventsEntryInput): boolean {
  return [entry.Source, entry.DetailType, entry.Detail].every((value) => typeof value === 'string' && value !== '');
}

function invalid(errorMessage: string): RejectedEntry {
  return { ok: false, errorCode: 'InvalidArgument', errorMessage };
}

function parseDetail(text: string): Record<string, unknown> | undefined {
  try {
    const parsed: unknown = JSON.parse(text);
    return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)
      ? (parsed as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}

function parseTime(value: unknown): number | undefined | null {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'number' && Number.isFinite(value)) return Math.round(value * 1000);
  if (typeof value === 'string' && !Number.isNaN(Date.parse(value))) return Date.parse(value);
  return null;
}
