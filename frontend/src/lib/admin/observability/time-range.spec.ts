import { periodOf, rangeKeyOf, timeWindow } from './time-range';

describe('time ranges', () => {
  it('ends the window now and starts it the preset earlier', () => {
    const now = Date.parse('2026-12-04T12:00:00.000Z');
    expect(timeWindow('15m', now)).toEqual({
      range: '15m',
      from: '2026-12-04T11:45:00.000Z',
      to: '2026-12-04T12:00:00.000Z',
      seconds: 900,
    });
  });

  it('falls back to a known preset and a period that keeps a chart readable', () => {
    expect(rangeKeyOf('2y')).toBe('1h');
    expect(rangeKeyOf('', '24h')).toBe('24h');
    expect(periodOf('300', '6h')).toBe(300);
    expect(periodOf('10', '24h')).toBe(900);
    expect(periodOf('7', '1h')).toBe(60);
  });
});
