import { backgroundChoiceOf, traceSearchQuery, tracesHref } from './trace-search';

describe('the traces page’s search', () => {
  const DEFAULTS = { filter: '', range: '1h', includeBackground: false };

  it.each([
    ['nothing', 'exclude', {}, DEFAULTS],
    ['background=include', 'include', { background: 'include' }, { ...DEFAULTS, includeBackground: true }],
    ['a repeated background', 'include', { background: ['include', 'only'] }, { ...DEFAULTS, includeBackground: true }],
    ['background with spaces', 'include', { background: ' include ' }, { ...DEFAULTS, includeBackground: true }],
    ['background=only (no checkbox for it)', 'exclude', { background: 'only' }, DEFAULTS],
    ['background=true', 'exclude', { background: 'true' }, DEFAULTS],
    [
      'every choice',
      'include',
      { filter: ' error = true ', range: '24h', background: 'include' },
      { filter: 'error = true', range: '24h', includeBackground: true },
    ],
    [
      'a long filter and an unknown range',
      'exclude',
      { filter: 'x'.repeat(3000), range: '2y' },
      { ...DEFAULTS, filter: 'x'.repeat(2000) },
    ],
  ])('reads %s, and asks the API for background=%s', (_case, background, params, query) => {
    expect(traceSearchQuery(params)).toEqual(query);
    expect(backgroundChoiceOf(traceSearchQuery(params))).toBe(background);
  });

  it.each([
    [{ filter: '', range: '1h', includeBackground: false }, '/admin/observability/traces?range=1h'],
    [
      { filter: 'http.status = 500', range: '15m', includeBackground: true },
      '/admin/observability/traces?filter=http.status+%3D+500&range=15m&background=include',
    ],
    [
      { filter: 'error = true', range: '6h', includeBackground: false },
      '/admin/observability/traces?filter=error+%3D+true&range=6h',
    ],
  ] as const)('links to %j at %s, which reads back the same', (query, href) => {
    expect(tracesHref(query)).toBe(href);
    const params = Object.fromEntries(new URL(href, 'http://console').searchParams);
    expect(traceSearchQuery(params)).toEqual(query);
  });
});
