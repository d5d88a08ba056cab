import type { MetricPoint } from './types';

export interface ChartSeries {
  label: string;
  points: readonly MetricPoint[];
}

export interface ChartBox {
  width: number;
  height: number;
  /** Room left of the plot for the value labels, and below it for the time labels. */
  left: number;
  bottom: number;
  top: number;
  right: number;
}

export interface ChartGeometry {
  /** One SVG path per series; a missing value (null) breaks the line. */
  paths: string[];
  /** The points as drawn, for markers. */
  dots: { x: number; y: number; value: number; time: string }[][];
  yTicks: { value: number; y: number }[];
  xTicks: { time: string; x: number }[];
  empty: boolean;
}

/** The smallest 1, 2 or 5 times a power of ten that is at least `value` (the axis' top). */
export function niceCeiling(value: number): number {
  if (!(value > 0)) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  const step = [1, 2, 5, 10].find((multiple) => multiple * power >= value * (1 - 1e-9)) ?? 10;
  return step * power;
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}

/** Places the series in the box: time runs left to right, values from 0 (or the lowest negative) to a round top. */
export function chartGeometry(series: readonly ChartSeries[], box: ChartBox, yTickCount = 4): ChartGeometry {
  const known = series.flatMap((one) =>
    one.points.flatMap((point) => (point.value === null || !Number.isFinite(point.value) ? [] : [point])),
  );
  if (known.length === 0)
    return { paths: series.map(() => ''), dots: series.map(() => []), yTicks: [], xTicks: [], empty: true };

  const times = series.flatMap((one) => one.points.map((point) => Date.parse(point.time)));
  const firstTime = Math.min(...times);
  const lastTime = Math.max(...times);
  const values = known.map((point) => point.value as number);
  const lowest = Math.min(0, ...values);
  const top = niceCeiling(Math.max(...values) - lowest) + lowest;

  const plotWidth = box.width - box.left - box.right;
  const plotHeight = box.height - box.top - box.bottom;
  const x = (time: number) =>
    round(
      box.left + (lastTime === firstTime ? plotWidth / 2 : ((time - firstTime) / (lastTime - firstTime)) * plotWidth),
    );
  const y = (value: number) => round(box.top + plotHeight - ((value - lowest) / (top - lowest)) * plotHeight);

  const dots = series.map((one) =>
    one.points.flatMap((point) =>
      point.value === null || !Number.isFinite(point.value)
        ? []
        : [{ x: x(Date.parse(point.time)), y: y(point.value), value: point.value, time: point.time }],
    ),
  );
  const paths = series.map((one) => {
    let path = '';
    let drawing = false;
    for (const point of [...one.points].sort((a, b) => Date.parse(a.time) - Date.parse(b.time))) {
      if (point.value === null || !Number.isFinite(point.value)) {
        drawing = false;
        continue;
      }
      path += `${path === '' ? '' : ' '}${drawing ? 'L' : 'M'}${x(Date.parse(point.time))},${y(point.value)}`;
      drawing = true;
    }
    return path;
  });

  const yTicks = Array.from({ length: yTickCount + 1 }, (_, index) => {
    const value = lowest + ((top - lowest) * index) / yTickCount;
    return { value, y: y(value) };
  });
  const xTicks = (lastTime === firstTime ? [firstTime] : [firstTime, (firstTime + lastTime) / 2, lastTime]).map(
    (time) => ({ time: new Date(time).toISOString(), x: x(time) }),
  );
  return { paths, dots, yTicks, xTicks, empty: false };
}
