import type { SpanView } from './types';

const TRACE = '0af7651916cd43dd8448eb211c80319c';
const START_US = Date.parse('2026-12-04T10:00:00.000Z') * 1000;

/** A span for specs: `at` and `ms` are its start (after the trace's) and its duration in milliseconds. */
export function span(
  spanId: string,
  parentSpanId: string | null,
  at: number,
  ms: number,
  overrides: Partial<SpanView> = {},
): SpanView {
  return {
    traceId: TRACE,
    spanId,
    parentSpanId,
    service: 'gateway',
    name: `op ${spanId}`,
    kind: 'internal',
    startTime: new Date((START_US + at * 1000) / 1000).toISOString(),
    startUs: START_US + at * 1000,
    durationMs: ms,
    status: { code: 'unset', message: null },
    attributes: {},
    resource: {},
    events: [],
    links: [],
    scope: { name: 'spec' },
    ...overrides,
  };
}

export const SPEC_TRACE_ID = TRACE;
