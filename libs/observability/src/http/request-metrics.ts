import { Inject, Injectable } from '@nestjs/common';
import type { Meter } from '@opentelemetry/api';
import { HttpServerMetrics } from '../telemetry/http-server-metrics';

export const OBSERVABILITY_METER = Symbol('OBSERVABILITY_METER');

/** The RED metrics (`HttpServerMetrics`) as a Nest provider, on the observability module's meter. */
@Injectable()
export class RequestMetrics extends HttpServerMetrics {
  constructor(@Inject(OBSERVABILITY_METER) meter: Meter) {
    super(meter);
  }
}
