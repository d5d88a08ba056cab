import { attributesToRecord, idToHex, nanosToMicros } from './otlp-values';
import { logsMessages, metricsMessages, traceMessages } from './otlp-proto';

describe('OTLP export messages', () => {
  it('encodes and decodes a trace export request', () => {
    const request = traceMessages.request.fromObject({
      resourceSpans: [
        {
          resource: { attributes: [{ key: 'service.name', value: { stringValue: 'cart' } }] },
          scopeSpans: [
            {
              scope: { name: 'test' },
              spans: [
                {
                  traceId: Buffer.from('0af7651916cd43dd8448eb211c80319c', 'hex'),
                  spanId: Buffer.from('b7ad6b7169203331', 'hex'),
                  name: 'GET /cart',
                  kind: 2,
                  startTimeUnixNano: '1796415225231151999',
                },
              ],
            },
          ],
        },
      ],
    });

    const decoded = traceMessages.request.decode(traceMessages.request.encode(request).finish());

    const [resourceSpans] = decoded.resourceSpans ?? [];
    const [span] = resourceSpans?.scopeSpans?.[0]?.spans ?? [];
    expect(attributesToRecord(resourceSpans?.resource?.attributes)).toEqual({ 'service.name': 'cart' });
    expect(idToHex(span?.traceId)).toBe('0af7651916cd43dd8448eb211c80319c');
    expect([span?.name, span?.kind, nanosToMicros(span?.startTimeUnixNano)]).toEqual([
      'GET /cart',
      2,
      1796415225231151,
    ]);
  });

  it('has the metrics and logs requests, and responses that encode partial success', () => {
    const metrics = metricsMessages.request.fromObject({
      resourceMetrics: [{ scopeMetrics: [{ metrics: [{ name: 'shop.orders', unit: '1' }] }] }],
    });
    const logs = logsMessages.request.fromObject({
      resourceLogs: [{ scopeLogs: [{ logRecords: [{ severityText: 'warn', body: { stringValue: 'low' } }] }] }],
    });
    expect(
      metricsMessages.request.decode(metricsMessages.request.encode(metrics).finish()).resourceMetrics?.[0]
        ?.scopeMetrics?.[0]?.metrics?.[0]?.name,
    ).toBe('shop.orders');
    expect(
      logsMessages.request.decode(logsMessages.request.encode(logs).finish()).resourceLogs?.[0]?.scopeLogs?.[0]
        ?.logRecords?.[0]?.body?.stringValue,
    ).toBe('low');
    expect(traceMessages.response.encode({}).finish()).toHaveLength(0);
    expect(
      traceMessages.response.encode({ partialSuccess: { rejectedSpans: 1, errorMessage: 'bad id' } }).finish().length,
    ).toBeGreaterThan(0);
  });
});
