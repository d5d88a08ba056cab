/** The store's level names, in OTLP SeverityNumber order (1-4 trace, 5-8 debug, … 21-24 fatal). */
const LEVELS = ['trace', 'debug', 'info', 'warn', 'error', 'fatal'] as const;
type Level = (typeof LEVELS)[number];

const LEVEL_ALIASES: Record<string, Level> = { warning: 'warn', err: 'error', critical: 'fatal', panic: 'fatal' };

// Without either field a record counts as info: a level filter would otherwise hide it.
const DEFAULT_LEVEL: Level = 'info';

export interface Severity {
  number: number;
  text: Level;
}

/**
 * The `severity_number` and `severity_text` of a log record: the text when it names a level (any case,
 * `warning` taken as `warn`), otherwise the level of the number; the number, or the first of the text's range.
 */
export function severityOf(
  severityNumber: number | null | undefined,
  severityText: string | null | undefined,
): Severity {
  const number = severityNumber && severityNumber >= 1 && severityNumber <= 24 ? severityNumber : 0;
  const lowered = (severityText ?? '').trim().toLowerCase();
  const named = (LEVELS as readonly string[]).includes(lowered) ? (lowered as Level) : LEVEL_ALIASES[lowered];
  const text = named ?? (number > 0 ? levelOfNumber(number) : DEFAULT_LEVEL);
  return { number: number > 0 ? number : firstNumberOf(text), text };
}

function levelOfNumber(number: number): Level {
  return LEVELS[Math.floor((number - 1) / 4)] ?? DEFAULT_LEVEL;
}

function firstNumberOf(level: Level): number {
  return LEVELS.indexOf(level) * 4 + 1;
}
