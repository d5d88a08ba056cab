import type { Metadata } from 'next';
import { AdminFailure } from '@/components/admin/admin-failure';
import { RangeSelect, ViewForm } from '@/components/admin/observability/form-controls';
import { ServiceMapView } from '@/components/admin/observability/service-map-view';
import { EmptyState } from '@/components/failure-view';
import { attempt } from '@/lib/admin/attempt';
import type { SearchParams } from '@/lib/admin/list-queries';
import { telemetryApi } from '@/lib/admin/observability/telemetry-api';
import { param, rangeKeyOf, timeWindow } from '@/lib/admin/observability/time-range';
import { requireOperator } from '@/lib/admin/session';

export const metadata: Metadata = { title: 'Service map · Observability · Admin' };

export default async function ServiceMapPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const operator = await requireOperator();
  const range = rangeKeyOf(param(await searchParams, 'range'));
  const result = await attempt(telemetryApi(operator).serviceMap(timeWindow(range)));
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">Service map</h1>
      <ViewForm action="/admin/observability/service-map" label="Time range of the map">
        <RangeSelect id="map-range" value={range} />
      </ViewForm>
      <p className="text-sm text-slate-700">
        Built from the traces: callers on the left, what they call on the right. Edges show requests per minute, error
        rate, average and p99 duration; red edges and outlines had errors, dashed edges close a cycle.
      </p>
      {!result.ok ? (
        <AdminFailure failure={result.failure} title="The service map could not be loaded" />
      ) : result.value.nodes.length === 0 ? (
        <EmptyState title="No traffic in this time range">Use the shop, or choose a longer time range.</EmptyState>
      ) : (
        <ServiceMapView map={result.value} />
      )}
    </div>
  );
}
