import { z } from '@shop/config';

const DEFAULT_RANGE_MS = 15 * 60_000;
const MAX_RANGE_MS = 31 * 24 * 3_600_000;

const instant = z.iso.datetime({ offset: true, message: 'must be an ISO 8601 time such as 2026-12-04T10:00:00Z' });

/** `from`/`to` as ISO times; to defaults to now, from to fifteen minutes before to. */
export const timeRangeQuery = {
  from: instant.optional(),
  to: instant.optional(),
};

export interface TimeRange {
  fromUs: number;
  toUs: number;
}

export function timeRangeOf(query: { from?: string | undefined; to?: string | undefined }, nowMs: number): TimeRange {
  const toMs = query.to ? Date.parse(query.to) : nowMs;
  const fromMs = query.from ? Date.parse(query.from) : toMs - DEFAULT_RANGE_MS;
  return { fromUs: fromMs * 1000, toUs: toMs * 1000 };
}

/** Rejects a range that ends before it starts or spans more than a month (a scan of everything). */
export const validTimeRange = <T extends { from?: string | undefined; to?: string | undefined }>(query: T) => {
  const range = timeRangeOf(query, Date.now());
  return range.fromUs < range.toUs && range.toUs - range.fromUs <= MAX_RANGE_MS * 1000;
};
export const TIME_RANGE_MESSAGE = { message: 'from must be before to, at most 31 days apart', path: ['from'] };
