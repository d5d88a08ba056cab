/**
 * The telemetry store's tables (SQLite through `node:sqlite`). Times are microseconds since the
 * epoch (INTEGER): nanoseconds overflow a JavaScript number, milliseconds lose span ordering.
 * Attribute maps are JSON text; ids are lowercase hex, as the SDKs and the log lines print them.
 */
export const SCHEMA_VERSION = 2;

export const SCHEMA = `
CREATE TABLE IF NOT EXISTS spans (
  trace_id        TEXT    NOT NULL,
  span_id         TEXT    NOT NULL,
  parent_span_id  TEXT,
  service         TEXT    NOT NULL,
  name            TEXT    NOT NULL,
  kind            INTEGER NOT NULL,            -- OTLP SpanKind: 1 internal, 2 server, 3 client, 4 producer, 5 consumer
  start_us        INTEGER NOT NULL,
  end_us          INTEGER NOT NULL,
  duration_us     INTEGER NOT NULL,
  status_code     INTEGER NOT NULL,            -- 0 unset, 1 ok, 2 error
  status_message  TEXT,
  http_status     INTEGER,                     -- http.response.status_code (or http.status_code), for filters and the map
  attributes      TEXT    NOT NULL,            -- JSON object
  resource        TEXT    NOT NULL,            -- JSON object
  events          TEXT    NOT NULL,            -- JSON array of { name, timeUs, attributes }
  links           TEXT    NOT NULL,            -- JSON array of { traceId, spanId, attributes }
  scope           TEXT    NOT NULL,
  PRIMARY KEY (trace_id, span_id)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS spans_by_start ON spans (start_us);
CREATE INDEX IF NOT EXISTS spans_by_service_start ON spans (service, start_us);

-- One row per trace, kept up to date as its spans arrive, so that trace search reads one row a trace.
CREATE TABLE IF NOT EXISTS traces (
  trace_id        TEXT    PRIMARY KEY,
  start_us        INTEGER NOT NULL,            -- earliest span start
  end_us          INTEGER NOT NULL,            -- latest span end
  root_service    TEXT,                        -- the span without a parent, once it arrived
  root_name       TEXT,
  root_http_status INTEGER,
  span_count      INTEGER NOT NULL,
  error_count     INTEGER NOT NULL,            -- spans with status error
  services        TEXT    NOT NULL,            -- JSON array of the service names, sorted
  root_kind       INTEGER,                     -- the root span's OTLP SpanKind
  background      INTEGER                      -- 1: the root is a backend service's internal span (a sweeper), not a request
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS traces_by_start ON traces (start_us);

-- Metric data points as deltas: cumulative sums and histograms are turned into the change since the
-- series' previous point when they arrive (metric_series keeps that previous point).
CREATE TABLE IF NOT EXISTS metric_points (
  name            TEXT    NOT NULL,
  service         TEXT    NOT NULL,
  kind            TEXT    NOT NULL,            -- counter | updown | gauge | histogram
  unit            TEXT    NOT NULL,
  attributes      TEXT    NOT NULL,            -- JSON object, keys sorted
  time_us         INTEGER NOT NULL,            -- the point's end time
  value           REAL,                        -- counter: delta; updown, gauge: the value; histogram: delta of the sum
  count           REAL,                        -- histogram: delta of the count
  bounds          TEXT,                        -- histogram: JSON array of explicit bounds
  bucket_counts   TEXT,                        -- histogram: JSON array of delta bucket counts
  min             REAL,
  max             REAL
);
CREATE INDEX IF NOT EXISTS metric_points_by_name_time ON metric_points (name, time_us);
CREATE INDEX IF NOT EXISTS metric_points_by_time ON metric_points (time_us);

CREATE TABLE IF NOT EXISTS metric_series (
  series_key      TEXT    PRIMARY KEY,         -- service, name, attributes
  start_us        INTEGER NOT NULL,            -- the cumulative series' start: a new start means the process restarted
  value           REAL,
  count           REAL,
  bucket_counts   TEXT,
  seen_us         INTEGER NOT NULL DEFAULT 0   -- the series' last point: retention drops series not seen for its period
) WITHOUT ROWID;

CREATE TABLE IF NOT EXISTS logs (
  time_us         INTEGER NOT NULL,
  service         TEXT    NOT NULL,
  severity_number INTEGER NOT NULL,            -- OTLP SeverityNumber: 5 debug, 9 info, 13 warn, 17 error, 21 fatal
  severity_text   TEXT    NOT NULL,            -- lowercase: trace, debug, info, warn, error, fatal
  body            TEXT    NOT NULL,
  trace_id        TEXT,
  span_id         TEXT,
  attributes      TEXT    NOT NULL,            -- JSON object
  resource        TEXT    NOT NULL             -- JSON object
);
CREATE INDEX IF NOT EXISTS logs_by_time ON logs (time_us);
CREATE INDEX IF NOT EXISTS logs_by_trace ON logs (trace_id) WHERE trace_id IS NOT NULL;

CREATE TABLE IF NOT EXISTS alarms (
  name            TEXT    PRIMARY KEY,
  definition      TEXT    NOT NULL,            -- JSON AlarmDefinition
  state           TEXT    NOT NULL,            -- OK | ALARM | INSUFFICIENT_DATA
  state_reason    TEXT    NOT NULL,
  state_updated_us INTEGER NOT NULL
) WITHOUT ROWID;

CREATE TABLE IF NOT EXISTS alarm_history (
  name            TEXT    NOT NULL,
  time_us         INTEGER NOT NULL,
  old_state       TEXT    NOT NULL,
  new_state       TEXT    NOT NULL,
  reason          TEXT    NOT NULL
);
CREATE INDEX IF NOT EXISTS alarm_history_by_name ON alarm_history (name, time_us);
`;

/**
 * The statements that turn a store of the previous version into one of the version they are keyed by, in
 * place. Added columns go at the end of their table, as in SCHEMA, so an upgraded store and a new one match.
 */
export const SCHEMA_UPGRADES: ReadonlyMap<number, (nowUs: number) => string> = new Map([
  [
    2,
    (nowUs) => `
ALTER TABLE traces ADD COLUMN root_kind INTEGER;
ALTER TABLE traces ADD COLUMN background INTEGER;
ALTER TABLE metric_series ADD COLUMN seen_us INTEGER NOT NULL DEFAULT 0;
-- Seen now, so that a series still being sent keeps its previous point; retention drops the others later.
UPDATE metric_series SET seen_us = ${Math.trunc(nowUs)};
`,
  ],
]);
