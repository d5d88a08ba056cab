import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { createInterface } from 'node:readline';
import { waitFor } from './wait-for';

/** A free TCP port on 127.0.0.1 (free when asked; bind it soon). */
export async function freePort(): Promise<number> {
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const address = server.address();
  server.close();
  await once(server, 'close');
  if (address === null || typeof address === 'string') throw new Error('No TCP address for the probe server');
  return address.port;
}

export interface RunScriptOptions {
  cwd: string;
  /** A built script, relative to `cwd` (`dist/persistence/cli/migrate.js`). */
  script: string;
  args?: string[];
  env?: Record<string, string>;
}

export interface ScriptResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs a built script to its end with the Node that runs the tests. */
export async function runScript({ cwd, script, args = [], env = {} }: RunScriptOptions): Promise<ScriptResult> {
  const child = spawn(process.execPath, [script, ...args], { cwd, env: { ...process.env, ...env } });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const [code] = (await once(child, 'close')) as [number | null];
  return { code, stdout, stderr };
}

export interface StartServiceOptions {
  /** For error messages. */
  name: string;
  cwd: string;
  /** The built entry point, relative to `cwd` (`dist/main.js`). */
  script: string;
  env?: Record<string, string>;
  /** Polled until it answers 200 (`/api/catalog/health/ready`). */
  readyPath: string;
  /** How long the service may take to become ready. */
  startTimeoutMs?: number;
  /** The setting the process reads its port from (`PORT` unless it has its own, like `GATEWAY_PORT`). */
  portVariable?: string;
  /** A fixed port (a restarted service keeping its address); a free one otherwise. */
  port?: number;
}

/** A stdout line: the parsed JSON object, or `{ raw }` when the line is not JSON. */
export type LogLine = Record<string, unknown>;

export interface RunningService {
  /** `http://127.0.0.1:PORT` */
  url: string;
  port: number;
  /** Every stdout line so far. */
  logs(): LogLine[];
  stderr(): string;
  /** Resolves with the first stdout line (past or future) that matches. */
  waitForLog(predicate: (line: LogLine) => boolean, timeoutMs?: number): Promise<LogLine>;
  /**
   * Sends the signal (SIGKILL after 10 s) and resolves with the exit code, or with the name of the signal
   * that ended the process: Nest's shutdown hooks close the app and then re-raise the signal they got.
   */
  stop(signal?: NodeJS.Signals): Promise<number | NodeJS.Signals>;
}

const STOP_GRACE_MS = 10_000;

/**
 * Starts a built service as a child process on a free port (`PORT` or `portVariable`), keeping its stdout lines and
 * stderr, and resolves once `readyPath` answers 200. Rejects with the captured stderr when the
 * process exits or is not ready in time.
 */
export async function startService(options: StartServiceOptions): Promise<RunningService> {
  const port = options.port ?? (await freePort());
  const url = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, [options.script], {
    cwd: options.cwd,
    env: { ...process.env, ...options.env, [options.portVariable ?? 'PORT']: String(port) },
  });
  const lines: LogLine[] = [];
  let stderr = '';
  createInterface({ input: child.stdout }).on('line', (line) => lines.push(parseLine(line)));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = once(child, 'exit') as Promise<[number | null, NodeJS.Signals | null]>;

  const service: RunningService = {
    url,
    port,
    logs: () => [...lines],
    stderr: () => stderr,
    waitForLog: (predicate, timeoutMs = 10_000) =>
      waitFor(
        () => lines.find(predicate),
        timeoutMs,
        () => `a log line of ${options.name}; last lines: ${tail(lines)}`,
      ),
    stop: (signal = 'SIGTERM') => stopChild(child, exited, signal),
  };

  try {
    await awaitReady(`${url}${options.readyPath}`, child, options.startTimeoutMs ?? 30_000);
  } catch (error) {
    await service.stop('SIGKILL');
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`${options.name} ${reason}\n--- stderr ---\n${stderr}\n--- last stdout lines ---\n${tail(lines)}`, {
      cause: error,
    });
  }
  return service;
}

const READY_POLL_MS = 100;

async function awaitReady(readyUrl: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`exited (${child.exitCode ?? child.signalCode}) before it was ready`);
    }
    if (await answersOk(readyUrl)) return;
    await new Promise((resolve) => setTimeout(resolve, READY_POLL_MS));
  }
  throw new Error(`did not answer 200 on ${readyUrl} within ${timeoutMs} ms`);
}

async function answersOk(url: string): Promise<boolean> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(2_000) });
    await response.body?.cancel();
    return response.status === 200;
  } catch {
    return false;
  }
}

async function stopChild(
  child: ChildProcess,
  exited: Promise<[number | null, NodeJS.Signals | null]>,
  signal: NodeJS.Signals,
): Promise<number | NodeJS.Signals> {
  if (child.exitCode === null && child.signalCode === null) {
    child.kill(signal);
    const killer = setTimeout(() => child.kill('SIGKILL'), STOP_GRACE_MS);
    try {
      await exited;
    } finally {
      clearTimeout(killer);
    }
  }
  return child.exitCode ?? child.signalCode ?? 'SIGKILL';
}

function parseLine(line: string): LogLine {
  try {
    const parsed: unknown = JSON.parse(line);
    return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)
      ? (parsed as LogLine)
      : { raw: line };
  } catch {
    return { raw: line };
  }
}

function tail(lines: LogLine[]): string {
  return lines
    .slice(-10)
    .map((line) => JSON.stringify(line))
    .join('\n');
}
