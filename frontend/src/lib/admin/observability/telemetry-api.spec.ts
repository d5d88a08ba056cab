import { gateway } from '@/lib/gateway';
import type { Operator } from '@/lib/admin/session';
import { telemetryApi } from './telemetry-api';

jest.mock('server-only', () => ({}));
jest.mock('@/lib/gateway', () => ({ gateway: jest.fn() }));
jest.mock('next/headers', () => ({ cookies: jest.fn() }));

const gatewayMock = jest.mocked(gateway);
const OPERATOR = { token: 'token-1' } as Operator;
const SPAN = { from: '2026-12-04T10:00:00.000Z', to: '2026-12-04T11:00:00.000Z' };

beforeEach(() => gatewayMock.mockReset().mockResolvedValue({ items: [] }));

describe(telemetryApi.name, () => {
  it('asks the gateway’s telemetry routes as the operator, repeating groupBy and where', async () => {
    await telemetryApi(OPERATOR).queryMetric({
      name: 'shop.http.server.duration',
      stat: 'p99',
      periodSeconds: 60,
      ...SPAN,
      service: 'order',
      groupBy: ['http.route', 'http.request.method'],
      where: { 'http.response.status_code': '500' },
    });

    const [path, request] = gatewayMock.mock.calls[0] ?? [];
    const url = new URL(path ?? '', 'http://gateway');
    expect(url.pathname).toBe('/api/telemetry/metrics/query');
    expect(url.searchParams.getAll('groupBy')).toEqual(['http.route', 'http.request.method']);
    expect(url.searchParams.getAll('where')).toEqual(['http.response.status_code=500']);
    expect(Object.fromEntries([...url.searchParams].filter(([key]) => key !== 'groupBy'))).toEqual({
      name: 'shop.http.server.duration',
      stat: 'p99',
      period: '60',
      from: SPAN.from,
      to: SPAN.to,
      service: 'order',
      where: 'http.response.status_code=500',
    });
    expect(request).toEqual({ credentials: { bearer: 'token-1' } });
  });

  it('leaves empty filters out of a search, and posts Logs Insights queries', async () => {
    const api = telemetryApi(OPERATOR);
    await api.searchTraces({ filter: '', ...SPAN, limit: 100 });
    await api.searchTraces({ filter: 'error = true', ...SPAN, background: 'exclude' });
    await api.searchLogs({ ...SPAN, service: '', level: 'warn', traceId: '' });
    await api.insights({ query: 'stats count(*)', ...SPAN });

    expect(gatewayMock.mock.calls.map(([path]) => path)).toEqual([
      `/api/telemetry/traces?from=${encodeURIComponent(SPAN.from)}&to=${encodeURIComponent(SPAN.to)}&limit=100`,
      `/api/telemetry/traces?filter=error+%3D+true&from=${encodeURIComponent(SPAN.from)}&to=${encodeURIComponent(SPAN.to)}&background=exclude`,
      `/api/telemetry/logs?from=${encodeURIComponent(SPAN.from)}&to=${encodeURIComponent(SPAN.to)}&level=warn`,
      '/api/telemetry/logs/insights',
    ]);
    expect(gatewayMock.mock.calls[3]?.[1]).toMatchObject({
      method: 'POST',
      body: { query: 'stats count(*)', ...SPAN },
    });
  });
});
