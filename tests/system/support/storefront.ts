import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { once } from 'node:events';
import { join } from 'node:path';
import { freePort, waitFor } from '@shop/testing';

const FRONTEND = join(__dirname, '..', '..', '..', 'frontend');
const NEXT_BIN = join(require.resolve('next/package.json', { paths: [FRONTEND] }), '..', 'dist', 'bin', 'next');

export interface RunningStorefront {
  /** `http://127.0.0.1:PORT` of the Next server. */
  url: string;
  output(): string;
  stop(): Promise<void>;
}

/** The built storefront (`next start`) talking to the gateway at `gatewayUrl`, as `npm start` runs it. */
export async function startStorefront(
  gatewayUrl: string,
  env: Record<string, string> = {},
): Promise<RunningStorefront> {
  if (!existsSync(join(FRONTEND, '.next', 'BUILD_ID'))) {
    throw new Error('The storefront is not built: run `npm run build -w @shop/frontend` first');
  }
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, [NEXT_BIN, 'start', '--port', String(port), '--hostname', '127.0.0.1'], {
    cwd: FRONTEND,
    env: { ...process.env, NODE_ENV: 'production', GATEWAY_URL: gatewayUrl, NEXT_TELEMETRY_DISABLED: '1', ...env },
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = once(child, 'exit');
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGTERM');
    await exited;
  };
  try {
    await waitFor(
      async () => {
        if (child.exitCode !== null) throw new Error(`next start exited ${child.exitCode}\n${output}`);
        try {
          return (await fetch(`${url}/health`)).status === 200 || undefined;
        } catch {
          return undefined;
        }
      },
      60_000,
      () => `the storefront on ${url}; output:\n${output}`,
    );
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, output: () => output, stop };
}
