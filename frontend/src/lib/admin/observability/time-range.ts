import type { SearchParams } from '@/lib/admin/list-queries';

export const RANGE_PRESETS = [
  { key: '15m', label: 'Last 15 minutes', seconds: 15 * 60, period: 30 },
  { key: '1h', label: 'Last hour', seconds: 60 * 60, period: 60 },
  { key: '6h', label: 'Last 6 hours', seconds: 6 * 60 * 60, period: 300 },
  { key: '24h', label: 'Last 24 hours', seconds: 24 * 60 * 60, period: 900 },
] as const;
export type RangeKey = (typeof RANGE_PRESETS)[number]['key'];

/** The periods a chart may use; the API takes any, these keep the points per chart readable. */
export const PERIODS = [10, 30, 60, 300, 900, 3600] as const;
// A chart with more points than this is unreadable (and slow): a longer period is used instead.
const MAX_POINTS = 400;

export interface TimeWindow {
  range: RangeKey;
  from: string;
  to: string;
  seconds: number;
}

/** The first value of a search param, trimmed ('' when absent). */
export function param(params: SearchParams, name: string): string {
  const value = params[name];
  return (Array.isArray(value) ? value[0] : value)?.trim() ?? '';
}

export function rangeKeyOf(value: string, fallback: RangeKey = '1h'): RangeKey {
  return RANGE_PRESETS.find((preset) => preset.key === value)?.key ?? fallback;
}

function presetOf(range: RangeKey) {
  return RANGE_PRESETS.find((preset) => preset.key === range) ?? RANGE_PRESETS[1];
}

/** The window that ends now (`now` in ms since the epoch). */
export function timeWindow(range: RangeKey, now: number = Date.now()): TimeWindow {
  const { seconds } = presetOf(range);
  return { range, from: new Date(now - seconds * 1000).toISOString(), to: new Date(now).toISOString(), seconds };
}

/** The chosen period when it is one of PERIODS and gives few enough points, else the range's own. */
export function periodOf(value: string, range: RangeKey): number {
  const { seconds, period } = presetOf(range);
  const chosen = PERIODS.find((candidate) => String(candidate) === value);
  return chosen !== undefined && seconds / chosen <= MAX_POINTS ? chosen : period;
}

export function periodLabel(seconds: number): string {
  return seconds % 3600 === 0 ? `${seconds / 3600} h` : seconds % 60 === 0 ? `${seconds / 60} min` : `${seconds} s`;
}
