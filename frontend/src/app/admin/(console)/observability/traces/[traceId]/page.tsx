import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { AdminFailure } from '@/components/admin/admin-failure';
import { TraceWaterfall } from '@/components/admin/observability/trace-waterfall';
import { attempt } from '@/lib/admin/attempt';
import { formatMs, formatTime } from '@/lib/admin/observability/format';
import { traceLogsHref, TRACES_PATH } from '@/lib/admin/observability/links';
import { telemetryApi } from '@/lib/admin/observability/telemetry-api';
import { waterfallLayout } from '@/lib/admin/observability/waterfall';
import { requireOperator } from '@/lib/admin/session';

export const metadata: Metadata = { title: 'Trace · Observability · Admin' };

const TRACE_ID = /^[0-9a-f]{32}$/;

export default async function TracePage({ params }: { params: Promise<{ traceId: string }> }) {
  const operator = await requireOperator();
  const traceId = (await params).traceId.toLowerCase();
  if (!TRACE_ID.test(traceId)) notFound();
  const result = await attempt(telemetryApi(operator).trace(traceId));
  if (!result.ok && result.failure.status === 404) notFound();
  return (
    <div className="space-y-4">
      <Link href={TRACES_PATH} className="text-sm text-indigo-800 underline">
        ← Traces
      </Link>
      <h1 className="text-2xl font-semibold">
        Trace <span className="font-mono text-lg break-all">{traceId}</span>
      </h1>
      {!result.ok ? (
        <AdminFailure failure={result.failure} title="The trace could not be loaded" />
      ) : (
        <>
          <TraceFacts spans={result.value.spans} traceId={traceId} />
          <TraceWaterfall spans={result.value.spans} />
        </>
      )}
    </div>
  );
}

function TraceFacts({ spans, traceId }: { spans: Parameters<typeof waterfallLayout>[0]; traceId: string }) {
  const { durationMs } = waterfallLayout(spans);
  const first = spans.reduce<(typeof spans)[number] | undefined>(
    (earliest, span) => (!earliest || span.startUs < earliest.startUs ? span : earliest),
    undefined,
  );
  const errors = spans.filter((span) => span.status.code === 'error').length;
  const services = new Set(spans.map((span) => span.service)).size;
  return (
    <p className="flex flex-wrap gap-x-4 gap-y-1 text-sm text-slate-800">
      {first ? <span>Started {formatTime(first.startTime)} UTC</span> : null}
      <span>Duration {formatMs(durationMs)}</span>
      <span>
        {spans.length} spans in {services} {services === 1 ? 'service' : 'services'}
      </span>
      {errors > 0 ? (
        <span className="font-medium text-red-800">
          {errors} {errors === 1 ? 'span' : 'spans'} failed
        </span>
      ) : null}
      <Link href={traceLogsHref(traceId)} className="text-indigo-800 underline">
        Log lines written under this trace
      </Link>
    </p>
  );
}
