import 'server-only';
import { attempt } from '@/lib/admin/attempt';
import type { Operator } from '@/lib/admin/session';
import type { Result } from '@/lib/results';
import { telemetryApi } from './telemetry-api';
import type { AlarmView } from './types';

function decodedSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/**
 * One alarm by the name in the page's address (the API lists alarms, it has no read of one); null when there is none.
 * Next hands dynamic segments over still percent-encoded in some versions: names never contain '%', so decoding is safe.
 */
export async function findAlarm(operator: Operator, segment: string): Promise<Result<AlarmView | null>> {
  const name = decodedSegment(segment);
  const list = await attempt(telemetryApi(operator).alarms());
  return list.ok ? { ok: true, value: list.value.items.find((alarm) => alarm.name === name) ?? null } : list;
}
