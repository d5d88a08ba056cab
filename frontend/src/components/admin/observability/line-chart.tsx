import { formatClock, formatNumber } from '@/lib/admin/observability/format';
import { chartGeometry, type ChartBox, type ChartSeries } from '@/lib/admin/observability/line-chart-scale';

const BOX: ChartBox = { width: 400, height: 170, left: 50, right: 10, top: 8, bottom: 20 };
const STROKES = ['#0369a1', '#7c3aed', '#047857', '#b45309', '#be185d', '#0f766e', '#4338ca', '#4d7c0f'];

interface LineChartProps {
  title: string;
  series: readonly ChartSeries[];
  /** How a value is printed on the axis and in the table (the unit included). */
  format?: (value: number) => string;
}

/** A small SVG line chart over time, with its data as a table for those who cannot see it. */
export function LineChart({ title, series, format = (value) => formatNumber(value) }: LineChartProps) {
  const id = `chart-${title.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;
  const geometry = chartGeometry(series, BOX);
  const times = [...new Set(series.flatMap((one) => one.points.map((point) => point.time)))].sort();
  return (
    <figure className="space-y-1 rounded border border-slate-200 bg-white p-3">
      <figcaption id={`${id}-title`} className="text-sm font-semibold">
        {title}
      </figcaption>
      {geometry.empty ? (
        <p className="py-6 text-center text-sm text-slate-700">No data in this time range.</p>
      ) : (
        <svg
          viewBox={`0 0 ${BOX.width} ${BOX.height}`}
          role="img"
          aria-labelledby={`${id}-svg-title`}
          className="h-auto w-full"
        >
          <title id={`${id}-svg-title`}>{`${title}: ${series.map((one) => one.label).join(', ')}`}</title>
          {geometry.yTicks.map((tick) => (
            <g key={tick.value}>
              <line x1={BOX.left} x2={BOX.width - BOX.right} y1={tick.y} y2={tick.y} stroke="#e2e8f0" />
              <text x={BOX.left - 4} y={tick.y + 3} textAnchor="end" fontSize="10" fill="#334155">
                {format(tick.value)}
              </text>
            </g>
          ))}
          {geometry.xTicks.map((tick, index) => (
            <text
              key={tick.time}
              x={tick.x}
              y={BOX.height - 6}
              textAnchor={index === 0 ? 'start' : index === geometry.xTicks.length - 1 ? 'end' : 'middle'}
              fontSize="10"
              fill="#334155"
            >
              {formatClock(tick.time).slice(0, 8)}
            </text>
          ))}
          {geometry.paths.map((path, index) => (
            <path key={index} d={path} fill="none" stroke={STROKES[index % STROKES.length]} strokeWidth="1.5" />
          ))}
          {geometry.dots.map((dots, index) =>
            dots.length <= 60
              ? dots.map((dot) => (
                  <circle
                    key={`${index}-${dot.time}`}
                    cx={dot.x}
                    cy={dot.y}
                    r="2"
                    fill={STROKES[index % STROKES.length]}
                  />
                ))
              : null,
          )}
        </svg>
      )}
      {series.length > 1 ? (
        <ul aria-label={`Series of ${title}`} className="flex flex-wrap gap-3 text-xs">
          {series.map((one, index) => (
            <li key={one.label} className="flex items-center gap-1">
              <span
                aria-hidden="true"
                className="inline-block h-0.5 w-4"
                style={{ background: STROKES[index % STROKES.length] }}
              />
              {one.label}
            </li>
          ))}
        </ul>
      ) : null}
      {geometry.empty ? null : (
        <details className="text-xs">
          <summary className="cursor-pointer text-indigo-800 underline">Data table</summary>
          <div className="mt-2 max-h-64 overflow-auto">
            <table className="w-full text-left">
              <caption className="sr-only">{title}, by time (UTC)</caption>
              <thead>
                <tr className="border-b border-slate-200">
                  <th scope="col" className="px-1 py-1 font-medium">
                    Time (UTC)
                  </th>
                  {series.map((one) => (
                    <th key={one.label} scope="col" className="px-1 py-1 font-medium">
                      {one.label}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {times.map((time) => (
                  <tr key={time} className="border-b border-slate-100 last:border-0">
                    <th scope="row" className="px-1 py-0.5 font-normal whitespace-nowrap">
                      {formatClock(time)}
                    </th>
                    {series.map((one) => {
                      const value = one.points.find((point) => point.time === time)?.value ?? null;
                      return (
                        <td key={one.label} className="px-1 py-0.5 tabular-nums">
                          {value === null ? '–' : format(value)}
                        </td>
                      );
                    })}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </details>
      )}
    </figure>
  );
}
