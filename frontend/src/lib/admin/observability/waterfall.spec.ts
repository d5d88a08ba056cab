import { span } from './span-fixtures';
import { messagingHop, serviceColours, waterfallLayout } from './waterfall';

describe(waterfallLayout.name, () => {
  it('puts each parent before its children, earliest child first, indented by depth, on the trace time axis', () => {
    // root 0..100 ms; b starts later than c but is listed first in the input.
    const spans = [
      span('b', 'root', 50, 25),
      span('root', null, 0, 100),
      span('c', 'root', 10, 30),
      span('c1', 'c', 20, 10),
    ];

    const layout = waterfallLayout(spans);

    expect(layout.durationMs).toBe(100);
    expect(layout.rows.map((row) => [row.span.spanId, row.depth, row.offsetPercent, row.widthPercent])).toEqual([
      ['root', 0, 0, 100],
      ['c', 1, 10, 30],
      ['c1', 2, 20, 10],
      ['b', 1, 50, 25],
    ]);
  });

  it('shows a span whose parent has not arrived at the top level, marked as such', () => {
    const layout = waterfallLayout([span('root', null, 0, 40), span('late', 'missing', 20, 40)]);

    expect(layout.durationMs).toBe(60);
    const late = layout.rows.find((row) => row.span.spanId === 'late');
    expect(late).toMatchObject({ depth: 0, orphan: true });
    expect(late?.offsetPercent).toBeCloseTo(33.333, 2);
    expect(late?.widthPercent).toBeCloseTo(66.667, 2);
    expect(layout.rows[0]?.orphan).toBe(false);
  });

  it('lists every span once even when the parent links form a cycle', () => {
    const layout = waterfallLayout([span('a', 'b', 0, 10), span('b', 'a', 5, 10)]);

    expect(layout.rows.map((row) => row.span.spanId).sort()).toEqual(['a', 'b']);
  });

  it('gives a trace of zero duration full-width bars, and an empty trace no rows', () => {
    expect(waterfallLayout([span('a', null, 0, 0)]).rows[0]).toMatchObject({ offsetPercent: 0, widthPercent: 100 });
    expect(waterfallLayout([])).toEqual({ rows: [], startUs: 0, durationMs: 0 });
  });
});

describe('span decoration', () => {
  it('gives each service its own colour, the same whatever the order of the spans', () => {
    const one = serviceColours([
      span('a', null, 0, 1, { service: 'order' }),
      span('b', null, 0, 1, { service: 'catalog' }),
    ]);
    const other = serviceColours([
      span('b', null, 0, 1, { service: 'catalog' }),
      span('a', null, 0, 1, { service: 'order' }),
    ]);

    expect(one).toEqual(other);
    expect(one.get('order')).not.toBe(one.get('catalog'));
  });

  it('names the queue or topic of a messaging hop, and nothing for other kinds', () => {
    const attributes = { 'messaging.destination.name': 'order-events' };
    expect(messagingHop(span('p', null, 0, 1, { kind: 'producer', attributes }))).toEqual({
      direction: 'sends to',
      destination: 'order-events',
    });
    expect(messagingHop(span('c', null, 0, 1, { kind: 'consumer', attributes }))?.direction).toBe('receives from');
    expect(messagingHop(span('s', null, 0, 1, { kind: 'server', attributes }))).toBeNull();
  });
});
