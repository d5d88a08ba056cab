'use client';

import { useEffect } from 'react';
import type { BrowserTelemetrySettings } from '@/lib/telemetry-settings';

interface BrowserTelemetryProps extends BrowserTelemetrySettings {
  serviceName: string;
  serviceVersion: string;
}

/** Starts browser tracing and CloudWatch RUM (each only when configured) after hydration, without holding up the page's own script. */
export function BrowserTelemetry({ otlpEndpoint, rum, serviceName, serviceVersion }: BrowserTelemetryProps) {
  useEffect(() => {
    if (otlpEndpoint === null) return;
    void import('@/lib/browser-telemetry').then(({ startBrowserTelemetry }) =>
      startBrowserTelemetry({ endpoint: otlpEndpoint, serviceName, serviceVersion }),
    );
  }, [otlpEndpoint, serviceName, serviceVersion]);
  useEffect(() => {
    if (rum === null) return;
    void import('@/lib/cloudwatch-rum').then(({ startCloudWatchRum }) => startCloudWatchRum(rum, serviceVersion));
  }, [rum, serviceVersion]);
  return null;
}
