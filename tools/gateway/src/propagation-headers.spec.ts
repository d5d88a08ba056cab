import { withoutPropagationHeaders } from './propagation-headers';

describe(withoutPropagationHeaders.name, () => {
  const headers = {
    traceparent: '00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01',
    tracestate: 'vendor=1',
    baggage: 'tenant=a',
    'x-amzn-trace-id': 'Root=1-5759e988-bd862e3fe1be46a994272793',
    'content-type': 'application/json',
  };

  it('drops the headers the propagator writes again, whatever their case', () => {
    expect(withoutPropagationHeaders(headers, ['traceparent', 'TraceState', 'baggage'])).toEqual({
      'x-amzn-trace-id': 'Root=1-5759e988-bd862e3fe1be46a994272793',
      'content-type': 'application/json',
    });
  });

  it('keeps every header when nothing is propagated (telemetry off)', () => {
    expect(withoutPropagationHeaders(headers)).toEqual(headers);
  });
});
