export { listMetrics, type MetricDescription, type MetricKind } from './metric-catalog';
export {
  computeMetricValues,
  MAX_PERIODS,
  type MetricQuery,
  MetricQueryError,
  type MetricQueryResult,
  type MetricSeries,
  type MetricValues,
  queryMetric,
} from './metric-query';
export { isMetricStat, METRIC_STATS, type MetricStat } from './metric-stats';
