import 'server-only';
import { asOperator, type Operator } from '@/lib/admin/session';
import type {
  AlarmDefinition,
  AlarmHistoryItem,
  AlarmView,
  BackgroundChoice,
  InsightsResult,
  Items,
  LogView,
  MetricDescription,
  MetricQuery,
  MetricQueryResult,
  ServiceMap,
  TraceSummary,
  TraceView,
} from './types';

const API = '/api/telemetry';

type Query = Record<string, string | number | readonly string[] | undefined>;

/** `?a=1&b=x&b=y`, without empty values. */
export function telemetryQuery(values: Query): string {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(values)) {
    if (value === undefined || value === '') continue;
    for (const one of typeof value === 'object' ? value : [value]) search.append(name, String(one));
  }
  const text = search.toString();
  return text === '' ? '' : `?${text}`;
}

// A type, not an interface: the query helpers take it as a record of values.
export type TimeSpan = { from: string; to: string };

/** The telemetry query API, called through the gateway with the operator's token (viewer or admin). */
export function telemetryApi(operator: Operator) {
  const get = <T>(path: string) => asOperator<T>(operator, `${API}${path}`);
  return {
    /** The services that sent spans in the window (the API's default is the last 15 minutes). */
    services: ({ from, to }: TimeSpan) => get<Items<string>>(`/services${telemetryQuery({ from, to })}`),

    searchTraces: (query: TimeSpan & { filter: string; limit?: number; background?: BackgroundChoice }) =>
      get<Items<TraceSummary>>(`/traces${telemetryQuery(query)}`),

    trace: (traceId: string) => get<TraceView>(`/traces/${encodeURIComponent(traceId)}`),

    serviceMap: ({ from, to }: TimeSpan) => get<ServiceMap>(`/service-map${telemetryQuery({ from, to })}`),

    metrics: () => get<Items<MetricDescription>>('/metrics'),

    queryMetric: ({ periodSeconds, where = {}, ...query }: MetricQuery) =>
      get<MetricQueryResult>(
        `/metrics/query${telemetryQuery({
          ...query,
          period: periodSeconds,
          where: Object.entries(where).map(([key, value]) => `${key}=${value}`),
        })}`,
      ),

    searchLogs: (
      query: TimeSpan & {
        service?: string;
        level?: string;
        text?: string;
        traceId?: string;
        spanId?: string;
        limit?: number;
      },
    ) => get<Items<LogView>>(`/logs${telemetryQuery(query)}`),

    insights: (body: TimeSpan & { query: string }) =>
      asOperator<InsightsResult>(operator, `${API}/logs/insights`, { method: 'POST', body }),

    alarms: () => get<Items<AlarmView>>('/alarms'),

    alarmHistory: (name: string) => get<Items<AlarmHistoryItem>>(`/alarms/${encodeURIComponent(name)}/history`),

    putAlarm: ({ name, ...definition }: AlarmDefinition) =>
      asOperator<AlarmView>(operator, `${API}/alarms/${encodeURIComponent(name)}`, { method: 'PUT', body: definition }),

    deleteAlarm: (name: string) =>
      asOperator<void>(operator, `${API}/alarms/${encodeURIComponent(name)}`, { method: 'DELETE' }),
  };
}

export type TelemetryApi = ReturnType<typeof telemetryApi>;
