import type { DiagLogger } from '@opentelemetry/api';

const REPEAT_AFTER_MS = 60_000;

/**
 * Where the SDK's own complaints go. stdout carries the JSON log stream, so they go to stderr, and an
 * unreachable collector would otherwise repeat the same line on every export: each distinct message is
 * written at most once a minute.
 */
export class StderrDiagLogger implements DiagLogger {
  private readonly lastWritten = new Map<string, number>();

  constructor(
    private readonly write: (line: string) => void = (line) => process.stderr.write(line),
    private readonly now: () => number = Date.now,
  ) {}

  error(message: string, ...args: unknown[]): void {
    this.emit('error', message, args);
  }

  warn(message: string, ...args: unknown[]): void {
    this.emit('warn', message, args);
  }

  info(message: string, ...args: unknown[]): void {
    this.emit('info', message, args);
  }

  debug(message: string, ...args: unknown[]): void {
    this.emit('debug', message, args);
  }

  verbose(message: string, ...args: unknown[]): void {
    this.emit('verbose', message, args);
  }

  private emit(level: string, rawMessage: string, args: unknown[]): void {
    const message = condense(rawMessage);
    const key = `${level} ${message}`;
    const now = this.now();
    const last = this.lastWritten.get(key);
    if (last !== undefined && now - last < REPEAT_AFTER_MS) return;
    this.lastWritten.set(key, now);
    const detail = args.map(describe).join(' ');
    this.write(`opentelemetry ${level}: ${message}${detail ? ` ${detail}` : ''}\n`);
  }
}

/** The SDK's error handler passes whole exceptions as JSON (stack included): keep their message only. */
function condense(message: string): string {
  if (!message.startsWith('{')) return message;
  try {
    const parsed: unknown = JSON.parse(message);
    return typeof parsed === 'object' && parsed !== null && 'message' in parsed && typeof parsed.message === 'string'
      ? parsed.message
      : message;
  } catch {
    return message;
  }
}

function describe(value: unknown): string {
  if (value instanceof Error) return value.message;
  if (typeof value === 'string') return value;
  try {
    return JSON.stringify(value);
  } catch {
    return String(value);
  }
}
