import { ROOT_CONTEXT, trace, TraceFlags } from '@opentelemetry/api';
import { contextFromTraceContext, traceContextOf } from './trace-context';

const traceId = '5759e988bd862e3fe1be46a994272793';
const spanId = '53995c3f42cd8ad8';

describe(traceContextOf.name, () => {
  it('writes W3C and X-Ray forms of a sampled span context', () => {
    expect(traceContextOf({ traceId, spanId, traceFlags: TraceFlags.SAMPLED })).toEqual({
      traceparent: `00-${traceId}-${spanId}-01`,
      xrayTraceHeader: `Root=1-5759e988-bd862e3fe1be46a994272793;Parent=${spanId};Sampled=1`,
    });
  });

  it('marks an unsampled context unsampled in both forms', () => {
    const context = traceContextOf({ traceId, spanId, traceFlags: TraceFlags.NONE });
    expect(context?.traceparent).toMatch(/-00$/);
    expect(context?.xrayTraceHeader).toMatch(/Sampled=0$/);
  });

  it('gives nothing for an invalid context (telemetry off)', () => {
    expect(
      traceContextOf(trace.wrapSpanContext({ traceId: '0'.repeat(32), spanId, traceFlags: 0 }).spanContext()),
    ).toBeUndefined();
    expect(traceContextOf(undefined)).toBeUndefined();
  });
});

describe(contextFromTraceContext.name, () => {
  it('restores the span context a traceparent and tracestate name, as a remote parent', () => {
    const restored = trace.getSpanContext(
      contextFromTraceContext({ traceparent: `00-${traceId}-${spanId}-01`, tracestate: 'vendor=value' }),
    );
    expect(restored).toMatchObject({ traceId, spanId, traceFlags: TraceFlags.SAMPLED, isRemote: true });
    expect(restored?.traceState?.get('vendor')).toBe('value');
  });

  it.each([undefined, { traceparent: 'garbage' }, { traceparent: `00-${'0'.repeat(32)}-${spanId}-01` }])(
    'starts a new trace from %o',
    (traceContext) => {
      expect(contextFromTraceContext(traceContext)).toBe(ROOT_CONTEXT);
    },
  );
});
