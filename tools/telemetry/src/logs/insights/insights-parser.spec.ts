import { LogsInsightsQueryError } from './insights-error';
import { parseInsightsQuery } from './insights-parser';

const field = (name: string) => ({ type: 'field', field: name });
const literal = (value: string | number | boolean) => ({ type: 'literal', value });

describe(parseInsightsQuery.name, () => {
  it.each<[string, unknown[]]>([
    ['', []],
    [
      'fields @timestamp, @message, @logStream',
      [
        {
          type: 'fields',
          fields: [
            { field: '@timestamp', name: '@timestamp' },
            { field: '@message', name: '@message' },
            { field: '@logStream', name: '@logStream' },
          ],
        },
      ],
    ],
    [
      'FIELDS http.route as route, `odd name`',
      [
        {
          type: 'fields',
          fields: [
            { field: 'http.route', name: 'route' },
            { field: 'odd name', name: 'odd name' },
          ],
        },
      ],
    ],
    [
      'filter level = "error"',
      [
        {
          type: 'filter',
          condition: { type: 'compare', left: field('level'), operator: '=', right: literal('error') },
        },
      ],
    ],
    [
      "filter durationMs >= 250.5 and service != 'cart'",
      [
        {
          type: 'filter',
          condition: {
            type: 'and',
            operands: [
              { type: 'compare', left: field('durationMs'), operator: '>=', right: literal(250.5) },
              { type: 'compare', left: field('service'), operator: '!=', right: literal('cart') },
            ],
          },
        },
      ],
    ],
    [
      'filter @message like /timed out/',
      [
        {
          type: 'filter',
          condition: { type: 'like', operand: field('@message'), pattern: /timed out/, negated: false },
        },
      ],
    ],
    [
      'filter @message not like "healthcheck"',
      [
        {
          type: 'filter',
          condition: { type: 'like', operand: field('@message'), pattern: 'healthcheck', negated: true },
        },
      ],
    ],
    [
      'filter @message like /(?i)TIMEOUT/',
      [
        {
          type: 'filter',
          condition: { type: 'like', operand: field('@message'), pattern: /TIMEOUT/i, negated: false },
        },
      ],
    ],
    [
      'filter @message =~ /^order \\d+/m',
      [
        {
          type: 'filter',
          condition: { type: 'like', operand: field('@message'), pattern: /^order \d+/m, negated: false },
        },
      ],
    ],
    [
      'filter service in ["cart", "order"] or not ispresent(traceId)',
      [
        {
          type: 'filter',
          condition: {
            type: 'or',
            operands: [
              { type: 'in', operand: field('service'), values: ['cart', 'order'], negated: false },
              { type: 'not', operand: { type: 'ispresent', field: 'traceId' } },
            ],
          },
        },
      ],
    ],
    [
      'filter status not in [500, 503] and (retry = true or attempt > -1)',
      [
        {
          type: 'filter',
          condition: {
            type: 'and',
            operands: [
              { type: 'in', operand: field('status'), values: [500, 503], negated: true },
              {
                type: 'or',
                operands: [
                  { type: 'compare', left: field('retry'), operator: '=', right: literal(true) },
                  { type: 'compare', left: field('attempt'), operator: '>', right: literal(-1) },
                ],
              },
            ],
          },
        },
      ],
    ],
    [
      'stats count(*) by service',
      [
        {
          type: 'stats',
          aggregations: [{ function: 'count', name: 'count(*)' }],
          groups: [{ type: 'field', field: 'service', name: 'service' }],
        },
      ],
    ],
    [
      'stats avg(durationMs) as mean, pct(durationMs, 99), count_distinct(traceId) by bin(5m), service as svc',
      [
        {
          type: 'stats',
          aggregations: [
            { function: 'avg', field: 'durationMs', name: 'mean' },
            { function: 'pct', field: 'durationMs', percentile: 99, name: 'pct(durationMs, 99)' },
            { function: 'count_distinct', field: 'traceId', name: 'count_distinct(traceId)' },
          ],
          groups: [
            { type: 'bin', periodUs: 300_000_000, name: 'bin(5m)' },
            { type: 'field', field: 'service', name: 'svc' },
          ],
        },
      ],
    ],
    [
      'stats sum(bytes), min(bytes), max(bytes), count(bytes) by bin(30s)',
      [
        {
          type: 'stats',
          aggregations: [
            { function: 'sum', field: 'bytes', name: 'sum(bytes)' },
            { function: 'min', field: 'bytes', name: 'min(bytes)' },
            { function: 'max', field: 'bytes', name: 'max(bytes)' },
            { function: 'count', field: 'bytes', name: 'count(bytes)' },
          ],
          groups: [{ type: 'bin', periodUs: 30_000_000, name: 'bin(30s)' }],
        },
      ],
    ],
    [
      'sort @timestamp desc, service | limit 20',
      [
        {
          type: 'sort',
          keys: [
            { field: '@timestamp', descending: true },
            { field: 'service', descending: false },
          ],
        },
        { type: 'limit', count: 20 },
      ],
    ],
  ])('reads %j', (source, expected) => {
    expect(parseInsightsQuery(source)).toEqual(expected);
  });

  it.each([
    ['fields', 'expected a field name, found the end of the query at column 7'],
    ['select @message', 'expected a command (fields, filter, stats, sort, limit), found "select" at column 1'],
    [
      'fields @message |',
      'expected a command (fields, filter, stats, sort, limit), found the end of the query at column 18',
    ],
    ['fields @message @timestamp', 'expected "|" or the end of the query, found "@timestamp" at column 17'],
    ['filter level', 'expected a comparison (= != < <= > >= like in =~), found the end of the query at column 13'],
    [
      'filter level = ',
      'expected a value (a "string", a number, true or false), found the end of the query at column 16',
    ],
    ['filter @message like 5', 'expected a /regular expression/ or a "string" after "like" at column 22'],
    ['filter @message like /[a/', 'invalid regular expression /[a/: '],
    ['filter @message like /open', 'unterminated regular expression at column 22'],
    ['filter @message = "open', 'unterminated string at column 19'],
    ['filter x in [1, 2', 'expected "]", found the end of the query at column 18'],
    ['filter (level = "a"', 'expected ")", found the end of the query at column 20'],
    ['filter x =~ "a"', 'expected a /regular expression/ after "=~" at column 13'],
    ['filter x = 1 # note', 'unexpected character "#" at column 14'],
    [
      'stats',
      'expected an aggregate function (count, count_distinct, sum, avg, min, max, pct), found the end of the query at column 6',
    ],
    [
      'stats median(x)',
      'expected an aggregate function (count, count_distinct, sum, avg, min, max, pct), found "median" at column 7',
    ],
    ['stats sum(*)', 'expected a field name, found "*" at column 11'],
    ['stats pct(x)', 'expected ",", found ")" at column 12'],
    ['stats pct(x, 101)', 'expected a percentile from 0 to 100 at column 14'],
    ['stats count(*) by bin(5)', 'expected a period such as 5m after "bin(" at column 23'],
    ['stats count(*) by bin(5y)', 'unknown time unit "y" (use ms, s, m, h, d, w) at column 23'],
    ['stats count(*) by', 'expected a field name, found the end of the query at column 18'],
    ['limit 0', 'expected a whole number from 1 to 10000 after "limit" at column 7'],
    ['limit 2.5', 'expected a whole number from 1 to 10000 after "limit" at column 7'],
    ['limit 10001', 'expected a whole number from 1 to 10000 after "limit" at column 7'],
    ['sort', 'expected a field name, found the end of the query at column 5'],
    ['fields `open', 'unterminated `name` at column 8'],
  ])('refuses %j: %s', (source, message) => {
    expect(() => parseInsightsQuery(source)).toThrow(LogsInsightsQueryError);
    expect(() => parseInsightsQuery(source)).toThrow(message);
  });
});
