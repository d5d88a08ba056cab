'use client';

import { useState, type KeyboardEvent } from 'react';
import { formatMs } from '@/lib/admin/observability/format';
import type { SpanView } from '@/lib/admin/observability/types';
import { messagingHop, serviceColours, waterfallLayout } from '@/lib/admin/observability/waterfall';
import { SPAN_DETAILS_ID, SpanDetails } from './span-details';

const AXIS_STEPS = [0, 0.25, 0.5, 0.75, 1];

/** Arrow keys, Home and End move between the span rows; Enter and Space open the focused span. */
function moveFocus(event: KeyboardEvent<HTMLButtonElement>) {
  const rows = [...(event.currentTarget.closest('ol')?.querySelectorAll<HTMLButtonElement>('button[data-span]') ?? [])];
  const index = rows.indexOf(event.currentTarget);
  const next =
    event.key === 'ArrowDown'
      ? rows[index + 1]
      : event.key === 'ArrowUp'
        ? rows[index - 1]
        : event.key === 'Home'
          ? rows[0]
          : event.key === 'End'
            ? rows.at(-1)
            : undefined;
  if (!next) return;
  event.preventDefault();
  next.focus();
}

/**
 * A trace's spans as a waterfall: one bar per span on the trace's time axis, children below and indented
 * under their parent, coloured by service, errors in red. Choosing a span shows its details.
 */
export function TraceWaterfall({ spans }: { spans: readonly SpanView[] }) {
  const { rows, startUs, durationMs } = waterfallLayout(spans);
  const colours = serviceColours(spans);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const selected = rows.find((row) => row.span.spanId === selectedId)?.span ?? null;

  return (
    <div className="grid gap-4 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
      <div className="space-y-2">
        <ul aria-label="Services" className="flex flex-wrap gap-3 text-xs">
          {[...colours].map(([service, colour]) => (
            <li key={service} className="flex items-center gap-1">
              <span aria-hidden="true" className={`inline-block size-3 rounded-sm ${colour}`} />
              {service}
            </li>
          ))}
        </ul>
        <div aria-hidden="true" className="grid grid-cols-[minmax(0,2fr)_minmax(0,3fr)] text-xs text-slate-700">
          <span />
          <span className="relative h-4">
            {AXIS_STEPS.map((step) => (
              <span
                key={step}
                className="absolute -translate-x-1/2 whitespace-nowrap first:translate-x-0 last:-translate-x-full"
                style={{ left: `${step * 100}%` }}
              >
                {formatMs(durationMs * step)}
              </span>
            ))}
          </span>
        </div>
        <ol
          aria-label="Spans in call order"
          className="divide-y divide-slate-100 rounded border border-slate-200 bg-white"
        >
          {rows.map(({ span, depth, offsetPercent, widthPercent, orphan }) => {
            const hop = messagingHop(span);
            const failed = span.status.code === 'error';
            const isSelected = span.spanId === selectedId;
            return (
              <li key={span.spanId}>
                <button
                  type="button"
                  data-span={span.spanId}
                  aria-expanded={isSelected}
                  aria-controls={isSelected ? SPAN_DETAILS_ID : undefined}
                  onClick={() => setSelectedId(isSelected ? null : span.spanId)}
                  onKeyDown={moveFocus}
                  className={`grid w-full grid-cols-[minmax(0,2fr)_minmax(0,3fr)] items-center gap-2 px-2 py-1 text-left text-xs hover:bg-slate-50 ${
                    isSelected ? 'bg-indigo-50' : ''
                  }`}
                >
                  <span
                    className="flex min-w-0 flex-wrap items-center gap-x-1"
                    style={{ paddingLeft: `${depth * 0.9}rem` }}
                  >
                    <span
                      aria-hidden="true"
                      className={`inline-block size-2.5 shrink-0 rounded-full ${colours.get(span.service) ?? ''}`}
                    />
                    <span className="shrink-0 font-medium">{span.service}</span>
                    <span className="min-w-12 truncate text-slate-800" title={span.name}>
                      {span.name}
                    </span>
                    {hop ? (
                      // The destination wraps rather than being cut: it is what the hop is about.
                      <span className="min-w-0 rounded bg-amber-100 px-1 break-all text-amber-950">
                        <span aria-hidden="true">✉ </span>
                        {hop.direction} {hop.destination}
                      </span>
                    ) : span.kind === 'client' || span.kind === 'server' ? (
                      <span className="shrink-0 text-slate-600">{span.kind}</span>
                    ) : null}
                    {failed ? (
                      <span className="shrink-0 rounded bg-red-100 px-1 font-semibold text-red-900">error</span>
                    ) : null}
                    {orphan ? <span className="shrink-0 text-slate-600">(parent missing)</span> : null}
                  </span>
                  <span className="relative h-4 rounded-sm bg-slate-100">
                    <span
                      data-testid="span-bar"
                      className={`absolute top-0 h-4 min-w-0.5 rounded-sm ${failed ? 'bg-red-600' : (colours.get(span.service) ?? 'bg-slate-500')}`}
                      style={{ left: `${offsetPercent}%`, width: `${widthPercent}%` }}
                    />
                    {/* On white: the bar may run under it. */}
                    <span className="absolute top-0 right-1 rounded-sm bg-white px-0.5 leading-4 text-slate-900">
                      {formatMs(span.durationMs)}
                    </span>
                  </span>
                </button>
              </li>
            );
          })}
        </ol>
      </div>
      <div className="lg:sticky lg:top-4 lg:self-start">
        {selected ? (
          <SpanDetails span={selected} traceStartUs={startUs} />
        ) : (
          <p className="rounded border border-dashed border-slate-300 p-4 text-sm text-slate-700">
            Choose a span to see its attributes, events, links and logs.
          </p>
        )}
      </div>
    </div>
  );
}
