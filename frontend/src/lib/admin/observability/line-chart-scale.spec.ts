import { chartGeometry, niceCeiling, type ChartBox } from './line-chart-scale';

const BOX: ChartBox = { width: 220, height: 120, left: 20, right: 0, top: 0, bottom: 20 };
const T0 = '2026-12-04T10:00:00.000Z';
const T1 = '2026-12-04T10:01:00.000Z';
const T2 = '2026-12-04T10:02:00.000Z';

describe(niceCeiling.name, () => {
  it('rounds up to 1, 2 or 5 times a power of ten', () => {
    expect([0.03, 0.7, 1, 3, 7, 12, 180, 501].map(niceCeiling)).toEqual([0.05, 1, 1, 5, 10, 20, 200, 1000]);
    expect(niceCeiling(0)).toBe(1);
  });
});

describe(chartGeometry.name, () => {
  it('maps time left to right over the plot and values from 0 at the bottom to a round top', () => {
    const geometry = chartGeometry(
      [
        {
          label: 'rate',
          points: [
            { time: T0, value: 0 },
            { time: T1, value: 4 },
            { time: T2, value: 2 },
          ],
        },
      ],
      BOX,
    );

    // Plot: x 20..220, y 0..100; values 0..5.
    expect(geometry.paths).toEqual(['M20,100 L120,20 L220,60']);
    expect(geometry.yTicks.map((tick) => [tick.value, tick.y])).toEqual([
      [0, 100],
      [1.25, 75],
      [2.5, 50],
      [3.75, 25],
      [5, 0],
    ]);
    expect(geometry.xTicks.map((tick) => tick.x)).toEqual([20, 120, 220]);
    expect(geometry.empty).toBe(false);
  });

  it('breaks the line where a value is missing', () => {
    const geometry = chartGeometry(
      [
        {
          label: 'p99',
          points: [
            { time: T0, value: 1 },
            { time: T1, value: null },
            { time: T2, value: 1 },
          ],
        },
      ],
      BOX,
    );

    expect(geometry.paths).toEqual(['M20,0 M220,0']);
    expect(geometry.dots[0]).toHaveLength(2);
  });

  it('puts one point in the middle, and reaches below zero for negative values', () => {
    expect(chartGeometry([{ label: 'one', points: [{ time: T0, value: 3 }] }], BOX).paths).toEqual(['M120,40']);
    const negative = chartGeometry(
      [
        {
          label: 'delta',
          points: [
            { time: T0, value: -5 },
            { time: T2, value: 5 },
          ],
        },
      ],
      BOX,
    );
    expect(negative.yTicks[0]?.value).toBe(-5);
    expect(negative.paths).toEqual(['M20,100 L220,0']);
  });

  it('says when there is nothing to draw', () => {
    expect(chartGeometry([{ label: 'none', points: [{ time: T0, value: null }] }], BOX)).toMatchObject({
      empty: true,
      paths: [''],
    });
  });
});
