import { DataPointType, type Histogram } from '@opentelemetry/sdk-metrics';
import { testMeter, type TestMeter } from '@shop/testing';
import { ShopMetrics } from '../tracing/shop-attributes';
import { RequestMetrics } from './request-metrics';

describe(RequestMetrics.name, () => {
  let recorded: TestMeter;
  let metrics: RequestMetrics;

  beforeEach(() => {
    recorded = testMeter();
    metrics = new RequestMetrics(recorded.meter);
  });

  const collected = (name: string) => recorded.metric(name);

  const detail = '/api/catalog/products/:idOrSlug';

  it('counts requests per route, method and status', async () => {
    metrics.record({ method: 'GET', route: detail, statusCode: 200, durationSeconds: 0.01 });
    metrics.record({ method: 'GET', route: detail, statusCode: 200, durationSeconds: 0.02 });
    metrics.record({ method: 'GET', route: detail, statusCode: 404, durationSeconds: 0.01 });

    const requests = await collected(ShopMetrics.HttpServerRequests);
    expect(requests?.dataPoints.map(({ attributes, value }) => ({ attributes, value }))).toEqual(
      expect.arrayContaining([
        {
          attributes: { 'http.route': detail, 'http.request.method': 'GET', 'http.response.status_code': 200 },
          value: 2,
        },
        {
          attributes: { 'http.route': detail, 'http.request.method': 'GET', 'http.response.status_code': 404 },
          value: 1,
        },
      ]),
    );
  });

  it('counts only 5xx as errors', async () => {
    metrics.record({ method: 'GET', route: detail, statusCode: 404, durationSeconds: 0.01 });
    metrics.record({ method: 'GET', route: detail, statusCode: 503, durationSeconds: 0.01 });

    const errors = await collected(ShopMetrics.HttpServerErrors);
    expect(errors?.dataPoints).toHaveLength(1);
    expect(errors?.dataPoints[0]).toMatchObject({ attributes: { 'http.response.status_code': 503 }, value: 1 });
  });

  it('records durations in seconds in a histogram with sub-second buckets', async () => {
    metrics.record({ method: 'GET', route: 'unmatched', statusCode: 404, durationSeconds: 0.004 });
    metrics.record({ method: 'GET', route: 'unmatched', statusCode: 404, durationSeconds: 0.3 });

    const duration = await collected(ShopMetrics.HttpServerDuration);
    expect(duration?.descriptor.unit).toBe('s');
    expect(duration?.dataPointType).toBe(DataPointType.HISTOGRAM);
    const point = duration?.dataPoints[0]?.value as Histogram | undefined;
    expect(point).toMatchObject({ count: 2, min: 0.004, max: 0.3 });
    expect(point?.buckets.boundaries[0]).toBe(0.005);
  });
});
