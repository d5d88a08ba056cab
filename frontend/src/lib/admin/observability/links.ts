import { queryString } from '@/lib/admin/list-queries';

export const TRACES_PATH = '/admin/observability/traces';
export const LOGS_PATH = '/admin/observability/logs';
export const METRICS_PATH = '/admin/observability/metrics';
export const ALARMS_PATH = '/admin/observability/alarms';

/** Where a trace and the logs written under it are shown (O-CORR-01: logs and traces link both ways). */
export function traceHref(traceId: string): string {
  return `${TRACES_PATH}/${encodeURIComponent(traceId)}`;
}

/** The logs of a trace (or of one of its spans), over the last day: a trace someone is looking at is recent. */
export function traceLogsHref(traceId: string, spanId?: string): string {
  return `${LOGS_PATH}${queryString({ traceId, spanId, range: '24h' })}`;
}

export function alarmHref(name: string): string {
  return `${ALARMS_PATH}/${encodeURIComponent(name)}`;
}
