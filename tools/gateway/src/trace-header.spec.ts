import { TraceFlags } from '@opentelemetry/api';
import { newTraceValue, nextTraceHeader, spanTraceHeader, type TraceIdSource, traceIdOf } from './trace-header';

describe(nextTraceHeader.name, () => {
  // 0x6b12d984 seconds; the ids below are what the fixed source hands out, in order.
  const fixedSource = (...ids: string[]): TraceIdSource => {
    const queue = [...ids];
    return { nowSeconds: () => 0x6b12d984, randomHex24: () => queue.shift() ?? 'exhausted' };
  };
  const root = 'Root=1-67891233-abcdef012345678912345678';

  it('starts a Root when the client sent no header', () => {
    expect(nextTraceHeader(undefined, fixedSource('0123456789abcdef01234567'))).toBe(
      'Root=1-6b12d984-0123456789abcdef01234567',
    );
  });

  it('writes Root as version 1, 8 hex digits of epoch seconds and 24 hex digits of id', () => {
    expect(nextTraceHeader(undefined)).toMatch(/^Root=1-[0-9a-f]{8}-[0-9a-f]{24}$/);
  });

  it('keeps an incoming Root and inserts a Self field first', () => {
    expect(nextTraceHeader(root, fixedSource('aaaaaaaaaaaaaaaaaaaaaaaa'))).toBe(
      `Self=1-6b12d984-aaaaaaaaaaaaaaaaaaaaaaaa;${root}`,
    );
  });

  it('keeps the fields an application added beside Root', () => {
    expect(
      nextTraceHeader(`${root};Parent=53995c3f42cd8ad8;Sampled=1;CalledFrom=app`, fixedSource('b'.repeat(24))),
    ).toBe(`Self=1-6b12d984-${'b'.repeat(24)};${root};Parent=53995c3f42cd8ad8;Sampled=1;CalledFrom=app`);
  });

  it('replaces the value of an existing Self field in place', () => {
    const incoming = `Self=1-67891234-12456789abcdef0123456789;${root};CalledFrom=app`;
    expect(nextTraceHeader(incoming, fixedSource('c'.repeat(24)))).toBe(
      `Self=1-6b12d984-${'c'.repeat(24)};${root};CalledFrom=app`,
    );
  });

  it('adds a Root to a header that has only an application field', () => {
    expect(nextTraceHeader('CalledFrom=app', fixedSource('d'.repeat(24)))).toBe(
      `Root=1-6b12d984-${'d'.repeat(24)};CalledFrom=app`,
    );
  });

  it('ignores blanks around fields and empty fields', () => {
    expect(nextTraceHeader(` ${root} ;; `, fixedSource('e'.repeat(24)))).toBe(
      `Self=1-6b12d984-${'e'.repeat(24)};${root}`,
    );
  });
});

describe(spanTraceHeader.name, () => {
  const span = {
    traceId: '6b12d984abcdef0123456789abcdef01',
    spanId: '53995c3f42cd8ad8',
    traceFlags: TraceFlags.SAMPLED,
  };
  const spanHeader = 'Root=1-6b12d984-abcdef0123456789abcdef01;Parent=53995c3f42cd8ad8;Sampled=1';

  it('writes the span as Root, Parent and Sampled when the client sent no header', () => {
    expect(spanTraceHeader(undefined, span)).toBe(spanHeader);
  });

  it('carries the same trace id as the span, which traceIdOf reads back', () => {
    expect(traceIdOf(spanTraceHeader(undefined, span))).toBe(span.traceId);
  });

  it("replaces the caller's Root, Parent and Sampled (the span continues them) and drops Self", () => {
    const incoming =
      'Self=1-67891234-12456789abcdef0123456789;Root=1-5759e988-bd862e3fe1be46a994272793;Parent=aaaaaaaaaaaaaaaa;Sampled=1';
    expect(spanTraceHeader(incoming, span)).toBe(spanHeader);
  });

  it('keeps the fields an application added, after its own', () => {
    expect(spanTraceHeader(' Root=1-5759e988-bd862e3fe1be46a994272793 ;CalledFrom=app;; ', span)).toBe(
      `${spanHeader};CalledFrom=app`,
    );
  });

  it('says Sampled=0 for a span that is not sampled', () => {
    expect(spanTraceHeader(undefined, { ...span, traceFlags: TraceFlags.NONE })).toBe(
      'Root=1-6b12d984-abcdef0123456789abcdef01;Parent=53995c3f42cd8ad8;Sampled=0',
    );
  });
});

describe(newTraceValue.name, () => {
  it('pads the epoch seconds to 8 hex digits', () => {
    expect(newTraceValue({ nowSeconds: () => 0xabc, randomHex24: () => 'f'.repeat(24) })).toBe(
      `1-00000abc-${'f'.repeat(24)}`,
    );
  });
});

describe(traceIdOf.name, () => {
  it('gives the OpenTelemetry form of an X-Ray Root, whatever the field order', () => {
    expect(traceIdOf('Self=1-6b12d984-cccccccccccccccccccccccc;Root=1-5759e988-bd862e3fe1be46a994272793')).toBe(
      '5759e988bd862e3fe1be46a994272793',
    );
  });

  it('gives a Root that is not an X-Ray id as it came', () => {
    expect(traceIdOf('Root=my-own-id')).toBe('my-own-id');
  });

  it('gives undefined without a Root', () => {
    expect(traceIdOf('Self=1-6b12d984-cccccccccccccccccccccccc')).toBeUndefined();
  });
});
