import { byLabel, latestOf, peakOf, ratioPoints, seriesLabel, sumSeries, totalOf } from './metric-math';
import type { MetricQueryResult } from './types';

const T0 = '2026-12-04T10:00:00.000Z';
const T1 = '2026-12-04T10:01:00.000Z';

const RESULT: MetricQueryResult = {
  name: 'shop.http.server.requests',
  unit: '1',
  stat: 'sum',
  periodSeconds: 60,
  series: [
    {
      labels: { 'http.route': '/orders' },
      points: [
        { time: T0, value: 3 },
        { time: T1, value: null },
      ],
    },
    {
      labels: { 'http.route': '/cart' },
      points: [
        { time: T0, value: 1 },
        { time: T1, value: 6 },
      ],
    },
  ],
};

describe('metric math', () => {
  it('adds up, peaks and reads the latest value over all series', () => {
    expect(totalOf(RESULT)).toBe(10);
    expect(peakOf(RESULT)).toBe(6);
    expect(latestOf(RESULT)).toBe(9);
    expect(peakOf({ ...RESULT, series: [] })).toBeNull();
  });

  it('adds the series time by time, keeping a time where every value is missing as missing', () => {
    expect(sumSeries(RESULT.series)).toEqual([
      { time: T0, value: 4 },
      { time: T1, value: 6 },
    ]);
    expect(sumSeries([{ labels: {}, points: [{ time: T0, value: null }] }])).toEqual([{ time: T0, value: null }]);
  });

  it('divides time by time, with no ratio where the denominator is zero', () => {
    expect(
      ratioPoints(
        [{ time: T0, value: 1 }],
        [
          { time: T0, value: 4 },
          { time: T1, value: 0 },
        ],
      ),
    ).toEqual([
      { time: T0, value: 0.25 },
      { time: T1, value: null },
    ]);
  });

  it('groups by a label and names series by their labels', () => {
    expect(byLabel(RESULT, 'http.route', 'total')).toEqual(
      new Map([
        ['/orders', 3],
        ['/cart', 7],
      ]),
    );
    expect(seriesLabel({ 'http.route': '/cart', method: 'GET' })).toBe('http.route=/cart, method=GET');
    expect(seriesLabel({})).toBe('all');
  });
});
