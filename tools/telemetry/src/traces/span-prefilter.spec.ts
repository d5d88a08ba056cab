import { parseFilterExpression } from './filter-expression';
import { spanConditionOf } from './span-prefilter';

const FAULT = '(http_status >= 500 OR (status_code = 2 AND coalesce(http_status, 0) NOT BETWEEN 400 AND 499))';

describe(spanConditionOf.name, () => {
  it.each([
    ['fault', FAULT, []],
    ['error', 'http_status BETWEEN 400 AND 499', []],
    ['throttle', 'http_status = 429', []],
    ['ok', undefined, []],
    ['NOT fault', undefined, []],
    ['responsetime > 1', undefined, []],
    ['annotation.order_id = "ord-1"', 'instr(attributes, ?) > 0', ['ord-1']],
    ['http.url CONTAINS "/api/orders"', 'instr(attributes, ?) > 0', ['/api/orders']],
    ['annotation.order_id != "ord-1"', undefined, []],
    ['annotation.units = 3', undefined, []],
    ['annotation.note = "caf\\u00e9"', undefined, []],
    ['annotation.note = "a\\"b"', undefined, []],
    ['service("order")', 'service = ?', ['order']],
    ['service("order") { fault }', `(service = ?) AND (${FAULT})`, ['order']],
    ['service("order") { responsetime > 2 }', 'service = ?', ['order']],
    [
      'edge("order", "inventory") { error }',
      '(service IN (?, ?)) AND (http_status BETWEEN 400 AND 499)',
      ['order', 'inventory'],
    ],
    ['service("order") AND error AND responsetime > 1', 'http_status BETWEEN 400 AND 499', []],
    ['service("order") AND responsetime > 1', 'service = ?', ['order']],
    ['error OR annotation.x = "y"', '(http_status BETWEEN 400 AND 499) OR (instr(attributes, ?) > 0)', ['y']],
    ['error OR responsetime > 1', undefined, []],
  ])('%s needs a span with %s', (source, sql, parameters) => {
    const condition = spanConditionOf(parseFilterExpression(source));
    expect(condition).toEqual(sql === undefined ? undefined : { sql, parameters });
  });
});
