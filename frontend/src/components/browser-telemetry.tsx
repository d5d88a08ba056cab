'use client';

import { useEffect } from 'react';
import type { BrowserTelemetryConfig } from '@/lib/browser-telemetry';

/** Starts browser tracing once, after hydration, without holding up the page's own script. */
export function BrowserTelemetry(config: BrowserTelemetryConfig) {
  const { endpoint, serviceName, serviceVersion } = config;
  useEffect(() => {
    void import('@/lib/browser-telemetry').then(({ startBrowserTelemetry }) =>
      startBrowserTelemetry({ endpoint, serviceName, serviceVersion }),
    );
  }, [endpoint, serviceName, serviceVersion]);
  return null;
}
