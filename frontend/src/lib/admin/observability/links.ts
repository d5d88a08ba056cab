import { queryString } from '@/lib/admin/list-queries';

/** Where a trace and the logs written under it are shown (O-CORR-01: logs and traces link both ways). */
export function traceHref(traceId: string): string {
  return `/admin/observability/traces/${encodeURIComponent(traceId)}`;
}

/** The logs of a trace (or of one of its spans), over the last day: a trace someone is looking at is recent. */
export function traceLogsHref(traceId: string, spanId?: string): string {
  return `/admin/observability/logs${queryString({ traceId, spanId, range: '24h' })}`;
}

export const ALARMS_PATH = '/admin/observability/alarms';

export function alarmHref(name: string): string {
  return `${ALARMS_PATH}/${encodeURIComponent(name)}`;
}
