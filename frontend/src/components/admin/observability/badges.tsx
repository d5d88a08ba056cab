import type { AlarmState } from '@/lib/admin/observability/types';

const LEVEL_TONES: Record<string, string> = {
  trace: 'bg-slate-100 text-slate-800',
  debug: 'bg-slate-200 text-slate-900',
  info: 'bg-sky-100 text-sky-950',
  warn: 'bg-amber-100 text-amber-950',
  error: 'bg-red-100 text-red-900',
  fatal: 'bg-red-700 text-white',
};

/** A log level word on a tint; the word carries the meaning, the colour only helps. */
export function LevelBadge({ level }: { level: string }) {
  return (
    <span
      className={`inline-block rounded px-1.5 py-0.5 font-mono text-xs font-medium uppercase ${LEVEL_TONES[level] ?? LEVEL_TONES['debug']}`}
    >
      {level}
    </span>
  );
}

const STATE_TONES: Record<AlarmState, string> = {
  OK: 'bg-green-100 text-green-900',
  ALARM: 'bg-red-600 text-white',
  INSUFFICIENT_DATA: 'bg-slate-200 text-slate-900',
};

export function AlarmStateBadge({ state }: { state: AlarmState }) {
  return (
    <span
      className={`inline-block rounded px-2 py-0.5 text-xs font-semibold whitespace-nowrap ${STATE_TONES[state] ?? STATE_TONES.INSUFFICIENT_DATA}`}
    >
      {state}
    </span>
  );
}
