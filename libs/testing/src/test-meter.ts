import type { Meter } from '@opentelemetry/api';
import {
  AggregationTemporality,
  MeterProvider,
  MetricReader,
  type MetricData,
  type ViewOptions,
} from '@opentelemetry/sdk-metrics';

class CollectingReader extends MetricReader {
  constructor() {
    super({ aggregationTemporalitySelector: () => AggregationTemporality.CUMULATIVE });
  }
  protected onForceFlush(): Promise<void> {
    return Promise.resolve();
  }
  protected onShutdown(): Promise<void> {
    return Promise.resolve();
  }
}

/** A meter whose instruments a unit test reads back in process (cumulative), with optional views. */
export interface TestMeter {
  meter: Meter;
  /** Every metric recorded so far, as `scope name` and the metric's data. */
  collect(): Promise<{ scope: string; metric: MetricData }[]>;
  /** The metric of that name (any scope), if one was recorded. */
  metric(name: string): Promise<MetricData | undefined>;
  provider: MeterProvider;
}

export function testMeter(options: { views?: ViewOptions[]; scope?: string } = {}): TestMeter {
  const reader = new CollectingReader();
  const provider = new MeterProvider({ readers: [reader], views: options.views ?? [] });
  const collect = async () => {
    const { resourceMetrics } = await reader.collect();
    return resourceMetrics.scopeMetrics.flatMap((scope) =>
      scope.metrics.map((metric) => ({ scope: scope.scope.name, metric })),
    );
  };
  return {
    meter: provider.getMeter(options.scope ?? 'test'),
    provider,
    collect,
    metric: async (name) => (await collect()).find(({ metric }) => metric.descriptor.name === name)?.metric,
  };
}
