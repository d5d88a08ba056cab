import { formatNumber } from '@/lib/admin/observability/format';
import type { AlarmView } from '@/lib/admin/observability/types';

/** The metric an alarm watches: name, statistic, service and attribute filter. */
export function metricText(alarm: AlarmView): string {
  const where = Object.entries(alarm.metric.where ?? {}).map(([key, value]) => `${key}=${value}`);
  return [alarm.metric.name, alarm.metric.service ? `service ${alarm.metric.service}` : '', ...where]
    .filter(Boolean)
    .join(', ');
}

/** The last value against the threshold or band it was judged by. */
export function LastValue({ alarm }: { alarm: AlarmView }) {
  return (
    <span className="tabular-nums">
      {formatNumber(alarm.lastValue, 4)}
      {alarm.band ? (
        <span className="text-slate-700">
          {' '}
          (band {formatNumber(alarm.band.lower, 4)} to {formatNumber(alarm.band.upper, 4)})
        </span>
      ) : alarm.threshold !== undefined ? (
        <span className="text-slate-700"> (threshold {formatNumber(alarm.threshold, 4)})</span>
      ) : null}
    </span>
  );
}
