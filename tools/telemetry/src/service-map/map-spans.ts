import type { DatabaseSync } from 'node:sqlite';
import { isBrowserResource } from '../otlp/browser-resource';

/** The columns of one span the map reads: its own, its parent's and the attributes that name what it called. */
export interface MapSpanRow {
  readonly kind: number;
  readonly service: string;
  readonly startUs: number;
  readonly durationUs: number;
  readonly error: boolean;
  readonly parentKind: number | null;
  readonly parentService: string | null;
  readonly parentEndUs: number | null;
  readonly parentIsMessaging: boolean;
  readonly parentSystem: string | null;
  readonly parentRpcService: string | null;
  readonly parentDestination: string | null;
  readonly parentTopicArn: string | null;
  readonly system: string | null;
  readonly operation: string | null;
  readonly destination: string | null;
  readonly rpcSystem: string | null;
  readonly rpcService: string | null;
  readonly topicArn: string | null;
  readonly queueUrl: string | null;
  readonly dbSystem: string | null;
  readonly dbNamespace: string | null;
  readonly serverAddress: string | null;
  readonly urlFull: string | null;
  /** Client spans: their trace and span id, to look for the server span that answered them. */
  readonly traceId: string | null;
  readonly spanId: string | null;
  /** Server spans called by a client span: that client span's `traceId:spanId`. */
  readonly answers: string | null;
}

// Attributes are read only where the kind needs them: server spans need none; database calls (most
// client spans, with long query texts) only their system and namespace, which SQLite extracts faster
// than JSON.parse reads the whole object; the other spans' few attributes are parsed here. The parent
// join runs on the primary key.
const MAP_SPANS_SQL = `
SELECT s.kind, s.service, s.start_us, s.duration_us, (s.status_code = 2 OR coalesce(s.http_status, 0) >= 500),
       p.kind, p.service, p.end_us,
       CASE WHEN s.kind <> 2 AND NOT (s.kind = 3 AND instr(s.attributes, '"db.system')) THEN s.attributes END,
       CASE WHEN (s.kind = 5 AND p.kind = 4) OR (s.kind IN (3, 4) AND p.kind IN (4, 5) AND p.service = s.service)
         THEN p.attributes END,
       CASE WHEN s.kind = 3 THEN s.trace_id END,
       CASE WHEN s.kind = 3 THEN s.span_id END,
       CASE WHEN s.kind = 2 AND p.kind = 3 THEN s.trace_id || ':' || s.parent_span_id END,
       CASE WHEN s.kind = 3 AND instr(s.attributes, '"db.system') THEN
         coalesce(json_extract(s.attributes, '$."db.system.name"'), json_extract(s.attributes, '$."db.system"')) END,
       CASE WHEN s.kind = 3 AND instr(s.attributes, '"db.system') THEN
         coalesce(json_extract(s.attributes, '$."db.namespace"'), json_extract(s.attributes, '$."db.name"')) END
FROM spans s
LEFT JOIN spans p ON p.trace_id = s.trace_id AND p.span_id = s.parent_span_id
WHERE s.start_us >= ? AND s.start_us < ? AND s.kind IN (2, 3, 4, 5)`;

type SqlRow = [
  kind: number,
  service: string,
  startUs: number,
  durationUs: number,
  error: number,
  parentKind: number | null,
  parentService: string | null,
  parentEndUs: number | null,
  attributes: string | null,
  parentAttributes: string | null,
  traceId: string | null,
  spanId: string | null,
  answers: string | null,
  dbSystem: string | null,
  dbNamespace: string | null,
];

type Attributes = Readonly<Record<string, unknown>>;
const NO_ATTRIBUTES: Attributes = {};

/** The spans of [from, to) that make or feed an edge of the map: server, client, producer and consumer spans. */
export function* readMapSpans(db: DatabaseSync, fromUs: number, toUs: number): Generator<MapSpanRow> {
  const statement = db.prepare(MAP_SPANS_SQL);
  // Rows as arrays: a million objects keyed by column name cost more than the query.
  statement.setReturnArrays(true);
  for (const row of statement.iterate(fromUs, toUs) as unknown as Iterable<SqlRow>) {
    const attributes = row[8] === null ? NO_ATTRIBUTES : (JSON.parse(row[8]) as Attributes);
    const parent = row[9] === null ? NO_ATTRIBUTES : (JSON.parse(row[9]) as Attributes);
    yield {
      kind: row[0],
      service: row[1],
      startUs: row[2],
      durationUs: row[3],
      error: row[4] === 1,
      parentKind: row[5],
      parentService: row[6],
      parentEndUs: row[7],
      parentIsMessaging:
        (row[0] === 3 || row[0] === 4) &&
        (row[5] === 4 || row[5] === 5) &&
        row[6] === row[1] &&
        text(parent, 'messaging.system') !== null,
      parentSystem: text(parent, 'messaging.system'),
      parentRpcService: text(parent, 'rpc.service'),
      parentDestination: text(parent, 'messaging.destination.name'),
      parentTopicArn: text(parent, 'aws.sns.topic_arn'),
      system: text(attributes, 'messaging.system'),
      operation: text(attributes, 'messaging.operation.type'),
      destination: text(attributes, 'messaging.destination.name'),
      rpcSystem: text(attributes, 'rpc.system'),
      rpcService: text(attributes, 'rpc.service'),
      topicArn: text(attributes, 'aws.sns.topic_arn'),
      queueUrl: text(attributes, 'aws.sqs.queue_url', 'messaging.url'),
      dbSystem: row[13],
      dbNamespace: row[14],
      serverAddress: text(attributes, 'server.address', 'net.peer.name'),
      urlFull: text(attributes, 'url.full', 'http.url'),
      traceId: row[10],
      spanId: row[11],
      answers: row[12],
    };
  }
}

/** The first of `keys` the attributes have as a string or number, as text. */
function text(from: Attributes, ...keys: string[]): string | null {
  for (const key of keys) {
    const value = from[key];
    if (typeof value === 'string') return value;
    if (typeof value === 'number') return String(value);
  }
  return null;
}

/**
 * Whether a server span answered a client span, for client spans whose server span started after the
 * range (the trace's spans are stored together, so this reads one trace).
 */
export function serverChildLookup(db: DatabaseSync): (traceId: string, spanId: string) => boolean {
  const statement = db.prepare('SELECT 1 FROM spans WHERE trace_id = ? AND parent_span_id = ? AND kind = 2 LIMIT 1');
  return (traceId, spanId) => statement.get(traceId, spanId) !== undefined;
}

/**
 * The services with spans in [from, to), found by hopping through the (service, start) index one
 * service at a time instead of reading every span.
 */
export function servicesInRange(db: DatabaseSync, fromUs: number, toUs: number): string[] {
  const rows = db
    .prepare(
      `WITH RECURSIVE names(service) AS (
         SELECT min(service) FROM spans
         UNION ALL
         SELECT (SELECT min(service) FROM spans WHERE service > names.service) FROM names WHERE service IS NOT NULL
       )
       SELECT service FROM names WHERE service IS NOT NULL
         AND EXISTS (SELECT 1 FROM spans WHERE spans.service = names.service AND start_us >= ? AND start_us < ?)`,
    )
    .all(fromUs, toUs) as { service: string }[];
  return rows.map((row) => row.service);
}

/** Whether a service's spans come from a browser (the web SDK), which the map draws as a client. */
export function isBrowserService(db: DatabaseSync, service: string): boolean {
  const row = db.prepare('SELECT resource FROM spans WHERE service = ? LIMIT 1').get(service) as
    { resource: string } | undefined;
  return row !== undefined && isBrowserResource(JSON.parse(row.resource) as Record<string, unknown>);
}
