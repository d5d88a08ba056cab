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

export const UNKNOWN_SERVICE = 'unknown_service';

/** The `service` column: the resource's service.name (the storefront's browser code says `storefront-web`). */
export function serviceOf(resource: Record<string, unknown>): string {
  const name = resource['service.name'];
  return typeof name === 'string' && name !== '' ? name : UNKNOWN_SERVICE;
}
