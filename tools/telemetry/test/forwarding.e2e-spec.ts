import { waitFor } from '@shop/testing';
import { startTelemetryCollector, type TelemetryCollector } from '../src';

const TRACE_ID = '6e0c63257de34c92bf9efcd03927272e';

describe('forwarding to another OTLP/HTTP endpoint', () => {
  let target: TelemetryCollector;
  let source: TelemetryCollector;

  beforeAll(async () => {
    const options = { grpcPort: 0, httpPort: 0, databasePath: ':memory:', retentionHours: 24, maxBytes: 1024 ** 3 };
    target = await startTelemetryCollector(options);
    source = await startTelemetryCollector({
      ...options,
      forwardEndpoint: `http://127.0.0.1:${target.httpPort}`,
    });
  });

  afterAll(async () => {
    await source.stop();
    await target.stop();
  });

  it('stores an export and re-sends it as protobuf, so the next collector stores the same rows', async () => {
    const response = await fetch(`http://127.0.0.1:${source.httpPort}/v1/traces`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        resourceSpans: [
          {
            resource: { attributes: [{ key: 'service.name', value: { stringValue: 'cart' } }] },
            scopeSpans: [
              {
                spans: [
                  {
                    traceId: TRACE_ID,
                    spanId: 'a1b2c3d4e5f60718',
                    name: 'GET /cart',
                    kind: 2,
                    startTimeUnixNano: '1700000000000000000',
                    endTimeUnixNano: '1700000000250000000',
                    attributes: [{ key: 'http.response.status_code', value: { intValue: 200 } }],
                  },
                ],
              },
            ],
          },
        ],
      }),
    });
    expect(response.status).toBe(200);
    const spanRow = (collector: TelemetryCollector) =>
      collector.database
        .prepare(
          'SELECT trace_id, span_id, service, name, start_us, duration_us, attributes FROM spans WHERE trace_id = ?',
        )
        .get(TRACE_ID);

    const forwarded = await waitFor(
      () => spanRow(target),
      5_000,
      () => 'the forwarded span',
    );

    expect(forwarded).toEqual(spanRow(source));
    expect(forwarded).toMatchObject({ service: 'cart', start_us: 1_700_000_000_000_000, duration_us: 250_000 });
    expect(source.forwardingStats()).toEqual({ forwarded: 1, dropped: 0, failed: 0, retried: 0 });
    expect(target.forwardingStats()).toBeUndefined();
  });
});
