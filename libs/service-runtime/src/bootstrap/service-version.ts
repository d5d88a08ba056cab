import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The version in `<packageDirectory>/package.json`, reported on spans, metrics and the OpenAPI document. */
export function serviceVersion(packageDirectory: string): string {
  const manifest = JSON.parse(readFileSync(join(packageDirectory, 'package.json'), 'utf8')) as {
    version?: unknown;
  };
  return typeof manifest.version === 'string' ? manifest.version : 'unknown';
}
