// Column values the normalizers derive alike for spans, metric points and log records.

/** JSON of a record with its keys sorted, so equal attribute sets give equal text (metric series keys). */
export function sortedJson(record: Record<string, unknown>): string {
  return JSON.stringify(
    Object.fromEntries(
      Object.keys(record)
        .sort()
        .map((key) => [key, record[key]]),
    ),
  );
}

/** Browser SDKs name themselves; the store files all their spans under one service. */
export const BROWSER_SERVICE = 'storefront-browser';
export const UNKNOWN_SERVICE = 'unknown_service';

/** The `service` column: the resource's service.name, or `storefront-browser` for anything a browser SDK sent. */
export function serviceOf(resource: Record<string, unknown>): string {
  if (resource['telemetry.sdk.language'] === 'webjs') return BROWSER_SERVICE;
  const name = resource['service.name'];
  return typeof name === 'string' && name !== '' ? name : UNKNOWN_SERVICE;
}
