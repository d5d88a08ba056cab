import Link from 'next/link';
import { traceHref, traceLogsHref } from '@/lib/admin/observability/links';
import { formatMs } from '@/lib/admin/observability/format';
import type { SpanView } from '@/lib/admin/observability/types';
import { messagingHop } from '@/lib/admin/observability/waterfall';
import { AttributeTable } from './attribute-table';

export const SPAN_DETAILS_ID = 'span-details';

function Section({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <section className="space-y-1">
      <h3 className="text-sm font-semibold">{title}</h3>
      {children}
    </section>
  );
}

/** One span's details: what it did, its attributes, resource, events and links, and the way to its logs. */
export function SpanDetails({ span, traceStartUs }: { span: SpanView; traceStartUs: number }) {
  const hop = messagingHop(span);
  const offsetMs = (span.startUs - traceStartUs) / 1000;
  return (
    <div
      id={SPAN_DETAILS_ID}
      className="space-y-4 rounded border border-slate-200 bg-white p-4"
      aria-labelledby="span-details-heading"
    >
      <h2 id="span-details-heading" className="text-lg font-semibold break-all">
        {span.name}
      </h2>
      <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
        <dt className="font-medium">Service</dt>
        <dd>{span.service}</dd>
        <dt className="font-medium">Kind</dt>
        <dd>
          {span.kind}
          {hop ? ` (${hop.direction} ${hop.destination})` : ''}
        </dd>
        <dt className="font-medium">Start</dt>
        <dd>
          +{formatMs(offsetMs)} <span className="text-slate-700">({span.startTime})</span>
        </dd>
        <dt className="font-medium">Duration</dt>
        <dd>{formatMs(span.durationMs)}</dd>
        <dt className="font-medium">Status</dt>
        <dd className={span.status.code === 'error' ? 'font-medium text-red-800' : undefined}>
          {span.status.code}
          {span.status.message ? `: ${span.status.message}` : ''}
        </dd>
        <dt className="font-medium">Span id</dt>
        <dd className="font-mono text-xs">{span.spanId}</dd>
        <dt className="font-medium">Parent</dt>
        <dd className="font-mono text-xs">{span.parentSpanId ?? 'none (root)'}</dd>
      </dl>
      <p className="flex flex-wrap gap-4 text-sm">
        <Link href={traceLogsHref(span.traceId, span.spanId)} className="text-indigo-800 underline">
          Logs of this span
        </Link>
        <Link href={traceLogsHref(span.traceId)} className="text-indigo-800 underline">
          Logs of this trace
        </Link>
      </p>
      <Section title="Attributes">
        <AttributeTable label="Attributes" attributes={span.attributes} />
      </Section>
      <Section title="Resource">
        <AttributeTable label="Resource attributes" attributes={span.resource} />
      </Section>
      <Section title={`Events (${span.events.length})`}>
        {span.events.length === 0 ? (
          <p className="text-xs text-slate-700">No events.</p>
        ) : (
          <ol className="space-y-2">
            {span.events.map((event, index) => (
              <li key={index} className="rounded border border-slate-100 p-2">
                <p className="text-sm font-medium">
                  {event.name} <span className="font-normal text-slate-700">at {event.time}</span>
                </p>
                <AttributeTable label={`Attributes of event ${event.name}`} attributes={event.attributes} />
              </li>
            ))}
          </ol>
        )}
      </Section>
      <Section title={`Links (${span.links.length})`}>
        {span.links.length === 0 ? (
          <p className="text-xs text-slate-700">No links.</p>
        ) : (
          <ul className="space-y-2">
            {span.links.map((link) => (
              <li key={`${link.traceId}-${link.spanId}`} className="text-sm">
                {link.traceId === span.traceId ? (
                  <span>
                    Span <code className="font-mono text-xs">{link.spanId}</code> of this trace
                  </span>
                ) : (
                  <Link href={traceHref(link.traceId)} className="text-indigo-800 underline">
                    Trace <code className="font-mono text-xs">{link.traceId}</code>, span{' '}
                    <code className="font-mono text-xs">{link.spanId}</code>
                  </Link>
                )}
                <AttributeTable label="Link attributes" attributes={link.attributes} />
              </li>
            ))}
          </ul>
        )}
      </Section>
    </div>
  );
}
