/** The telemetry query API's JSON shapes (tools/telemetry, /api/telemetry/* behind the gateway). */

export interface TraceSummary {
  traceId: string;
  startTime: string;
  durationMs: number;
  rootService: string | null;
  rootName: string | null;
  rootHttpStatus: number | null;
  spanCount: number;
  errorCount: number;
  services: string[];
}

/** What a trace search does with background work (a service's own sweeps, not a request): `include` by default. */
export type BackgroundChoice = 'include' | 'exclude' | 'only';

export const SPAN_KINDS = ['internal', 'server', 'client', 'producer', 'consumer'] as const;
export type SpanKind = (typeof SPAN_KINDS)[number];

export type Attributes = Record<string, unknown>;

export interface SpanView {
  traceId: string;
  spanId: string;
  parentSpanId: string | null;
  service: string;
  name: string;
  kind: SpanKind;
  startTime: string;
  startUs: number;
  durationMs: number;
  status: { code: 'unset' | 'ok' | 'error'; message: string | null };
  attributes: Attributes;
  resource: Attributes;
  events: { name: string; time: string; attributes: Attributes }[];
  links: { traceId: string; spanId: string; attributes: Attributes }[];
  scope: unknown;
}

export interface TraceView {
  traceId: string;
  spans: SpanView[];
}

export const NODE_TYPES = ['client', 'service', 'database', 'queue', 'topic', 'bus', 'external'] as const;
export type NodeType = (typeof NODE_TYPES)[number];

export interface MapNode {
  id: string;
  name: string;
  type: NodeType;
  requests: number;
  errors: number;
  averageMs: number;
}

export interface MapEdge {
  source: string;
  target: string;
  requests: number;
  errors: number;
  errorRate: number;
  requestsPerMinute: number;
  averageMs: number;
  p99Ms: number;
}

export interface ServiceMap {
  nodes: MapNode[];
  edges: MapEdge[];
}

export interface MetricDescription {
  name: string;
  unit: string;
  kind: 'counter' | 'updown' | 'gauge' | 'histogram';
  services: string[];
  attributeKeys: string[];
}

export const METRIC_STATS = ['sum', 'rate', 'count', 'avg', 'min', 'max', 'p50', 'p90', 'p95', 'p99'] as const;
export type MetricStat = (typeof METRIC_STATS)[number];

export interface MetricPoint {
  time: string;
  value: number | null;
}

export interface MetricSeries {
  labels: Record<string, string>;
  points: MetricPoint[];
}

export interface MetricQueryResult {
  name: string;
  unit: string;
  stat: MetricStat;
  periodSeconds: number;
  series: MetricSeries[];
}

export interface MetricQuery {
  name: string;
  stat: MetricStat;
  periodSeconds: number;
  from: string;
  to: string;
  service?: string;
  groupBy?: readonly string[];
  where?: Readonly<Record<string, string>>;
}

export const LOG_LEVELS = ['trace', 'debug', 'info', 'warn', 'error', 'fatal'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export interface LogView {
  time: string;
  service: string;
  level: string;
  severityNumber: number;
  body: string;
  traceId: string | null;
  spanId: string | null;
  attributes: Attributes;
}

export interface InsightsResult {
  fields: string[];
  rows: Record<string, unknown>[];
  statistics: { recordsScanned: number; recordsMatched: number };
}

export const THRESHOLD_COMPARISONS = [
  'GreaterThanThreshold',
  'GreaterThanOrEqualToThreshold',
  'LessThanThreshold',
  'LessThanOrEqualToThreshold',
] as const;
export const BAND_COMPARISONS = [
  'GreaterThanUpperThreshold',
  'LessThanLowerThreshold',
  'LessThanLowerOrGreaterThanUpperThreshold',
] as const;
export type Comparison = (typeof THRESHOLD_COMPARISONS)[number] | (typeof BAND_COMPARISONS)[number];

export const TREAT_MISSING_DATA = ['missing', 'notBreaching', 'breaching', 'ignore'] as const;
export type TreatMissingData = (typeof TREAT_MISSING_DATA)[number];

export interface AlarmDefinition {
  name: string;
  description?: string;
  metric: { name: string; stat: MetricStat; service?: string; where?: Record<string, string> };
  periodSeconds: number;
  evaluationPeriods: number;
  datapointsToAlarm: number;
  comparison: Comparison;
  threshold?: number;
  anomalyBand?: { standardDeviations: number; trainingPeriods?: number };
  treatMissingData: TreatMissingData;
}

export const ALARM_STATES = ['OK', 'ALARM', 'INSUFFICIENT_DATA'] as const;
export type AlarmState = (typeof ALARM_STATES)[number];

export interface AlarmView extends AlarmDefinition {
  state: AlarmState;
  stateReason: string;
  stateUpdatedAt: string;
  lastValue: number | null;
  band: { lower: number; upper: number } | null;
}

export interface AlarmHistoryItem {
  time: string;
  oldState: AlarmState;
  newState: AlarmState;
  reason: string;
}

export interface Items<T> {
  items: T[];
}
