import type { Counter, Histogram, Meter } from '@opentelemetry/api';
import {
  ATTR_HTTP_REQUEST_METHOD,
  ATTR_HTTP_RESPONSE_STATUS_CODE,
  ATTR_HTTP_ROUTE,
} from '@opentelemetry/semantic-conventions';
import { ShopMetrics } from '../tracing/shop-attributes';

/** The route a request that matched none is counted and logged under, so unknown URLs cannot explode cardinality. */
export const UNMATCHED_ROUTE = 'unmatched';

/** One served request, as the RED metrics see it. */
export interface ServedRequest {
  method: string;
  route: string;
  statusCode: number;
  durationSeconds: number;
}

// The semantic conventions' buckets for http.server.request.duration (seconds).
const DURATION_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.075, 0.1, 0.25, 0.5, 0.75, 1, 2.5, 5, 7.5, 10];

/**
 * RED metrics per route: every request counts in `shop.http.server.requests` (4xx show there by their
 * status code attribute), 5xx also in `shop.http.server.errors`, and each one's duration in the
 * histogram. Attributes: http.route, http.request.method, http.response.status_code. The services record
 * through `RequestMetrics`, the gateway directly.
 */
export class HttpServerMetrics {
  private readonly requests: Counter;
  private readonly errors: Counter;
  private readonly duration: Histogram;

  constructor(meter: Meter) {
    this.requests = meter.createCounter(ShopMetrics.HttpServerRequests, {
      description: 'HTTP requests served',
      unit: '{request}',
    });
    this.errors = meter.createCounter(ShopMetrics.HttpServerErrors, {
      description: 'HTTP requests answered with a 5xx status',
      unit: '{request}',
    });
    this.duration = meter.createHistogram(ShopMetrics.HttpServerDuration, {
      description: 'Time from the request reaching the service to the last byte of the response',
      unit: 's',
      advice: { explicitBucketBoundaries: DURATION_BUCKETS },
    });
  }

  record(request: ServedRequest): void {
    const attributes = {
      [ATTR_HTTP_ROUTE]: request.route,
      [ATTR_HTTP_REQUEST_METHOD]: request.method,
      [ATTR_HTTP_RESPONSE_STATUS_CODE]: request.statusCode,
    };
    this.requests.add(1, attributes);
    if (request.statusCode >= 500) this.errors.add(1, attributes);
    this.duration.record(request.durationSeconds, attributes);
  }
}
