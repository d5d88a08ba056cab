import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The version in services/catalog/package.json (dist/ sits beside it), reported on spans and metrics. */
export function serviceVersion(): string {
  const manifest = JSON.parse(readFileSync(join(__dirname, '..', 'package.json'), 'utf8')) as { version?: unknown };
  return typeof manifest.version === 'string' ? manifest.version : 'unknown';
}
