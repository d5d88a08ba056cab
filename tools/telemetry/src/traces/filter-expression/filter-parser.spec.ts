import { FilterExpressionError } from './filter-expression-error';
import { parseFilterExpression } from './filter-parser';

describe(parseFilterExpression.name, () => {
  it.each([
    ['responsetime > 5', { type: 'comparison', field: 'responsetime', operator: '>', value: 5 }],
    ['duration <= 0.25', { type: 'comparison', field: 'duration', operator: '<=', value: 0.25 }],
    ['ResponseTime >= 1e-3', { type: 'comparison', field: 'responsetime', operator: '>=', value: 0.001 }],
    ['http.status = 500', { type: 'comparison', field: 'http.status', operator: '=', value: 500 }],
    ['http.status != 200', { type: 'comparison', field: 'http.status', operator: '!=', value: 200 }],
    [
      'http.url CONTAINS "/api/orders"',
      { type: 'comparison', field: 'http.url', operator: 'CONTAINS', value: '/api/orders' },
    ],
    [
      'http.url beginswith "https://"',
      { type: 'comparison', field: 'http.url', operator: 'BEGINSWITH', value: 'https://' },
    ],
    ['http.url EndsWith "/items"', { type: 'comparison', field: 'http.url', operator: 'ENDSWITH', value: '/items' }],
    ['http.method = "POST"', { type: 'comparison', field: 'http.method', operator: '=', value: 'POST' }],
    ['ok', { type: 'flag', flag: 'ok' }],
    ['FAULT', { type: 'flag', flag: 'fault' }],
    ['!error', { type: 'not', operand: { type: 'flag', flag: 'error' } }],
    ['throttle = true', { type: 'flag', flag: 'throttle' }],
    ['fault = false', { type: 'not', operand: { type: 'flag', flag: 'fault' } }],
    ['error != false', { type: 'flag', flag: 'error' }],
    [
      'annotation.order_id = "ord-1"',
      { type: 'comparison', field: 'annotation', key: 'order_id', operator: '=', value: 'ord-1' },
    ],
    [
      'annotation.shop.order.value > 10',
      { type: 'comparison', field: 'annotation', key: 'shop.order.value', operator: '>', value: 10 },
    ],
    [
      'annotation[messaging.destination.name] = "order-events"',
      {
        type: 'comparison',
        field: 'annotation',
        key: 'messaging.destination.name',
        operator: '=',
        value: 'order-events',
      },
    ],
    [
      'annotation["odd key"] BEGINSWITH "x"',
      { type: 'comparison', field: 'annotation', key: 'odd key', operator: 'BEGINSWITH', value: 'x' },
    ],
    ['annotation.retry = TRUE', { type: 'comparison', field: 'annotation', key: 'retry', operator: '=', value: true }],
    ['annotation.delta >= -3', { type: 'comparison', field: 'annotation', key: 'delta', operator: '>=', value: -3 }],
    [
      'annotation.note = "say \\"hi\\"\\n\\u00e9"',
      { type: 'comparison', field: 'annotation', key: 'note', operator: '=', value: 'say "hi"\né' },
    ],
    ['service("order")', { type: 'service', name: 'order' }],
    ['service("order") { fault }', { type: 'service', name: 'order', filter: { type: 'flag', flag: 'fault' } }],
    [
      'service("order") { responsetime > 1 }',
      {
        type: 'service',
        name: 'order',
        filter: { type: 'comparison', field: 'responsetime', operator: '>', value: 1 },
      },
    ],
    ['edge("gateway", "order")', { type: 'edge', source: 'gateway', target: 'order' }],
    [
      'edge("order", "inventory") { error OR fault }',
      {
        type: 'edge',
        source: 'order',
        target: 'inventory',
        filter: {
          type: 'or',
          operands: [
            { type: 'flag', flag: 'error' },
            { type: 'flag', flag: 'fault' },
          ],
        },
      },
    ],
    [
      'ok AND responsetime < 1 OR fault',
      {
        type: 'or',
        operands: [
          {
            type: 'and',
            operands: [
              { type: 'flag', flag: 'ok' },
              { type: 'comparison', field: 'responsetime', operator: '<', value: 1 },
            ],
          },
          { type: 'flag', flag: 'fault' },
        ],
      },
    ],
    [
      'ok and (responsetime < 1 or fault)',
      {
        type: 'and',
        operands: [
          { type: 'flag', flag: 'ok' },
          {
            type: 'or',
            operands: [
              { type: 'comparison', field: 'responsetime', operator: '<', value: 1 },
              { type: 'flag', flag: 'fault' },
            ],
          },
        ],
      },
    ],
    [
      'NOT service("cart") AND error AND throttle',
      {
        type: 'and',
        operands: [
          { type: 'not', operand: { type: 'service', name: 'cart' } },
          { type: 'flag', flag: 'error' },
          { type: 'flag', flag: 'throttle' },
        ],
      },
    ],
    ['not not ok', { type: 'not', operand: { type: 'not', operand: { type: 'flag', flag: 'ok' } } }],
  ])('reads %s', (source, expected) => {
    expect(parseFilterExpression(source)).toEqual(expected);
  });

  it.each([
    ['', 'expected a filter expression at column 1'],
    ['   ', 'expected a filter expression at column 4'],
    ['http.status =', 'expected a value after "=" at column 14'],
    ['annotation.order_id = ', 'expected a value after "=" at column 23'],
    ['http.status 500', 'expected an operator after "http.status" at column 13'],
    ['responsetime > "slow"', 'expected a number after ">" at column 16'],
    ['http.url = 5', 'expected a string after "=" at column 12'],
    ['http.url > "a"', 'operator > does not apply to a string (use = != CONTAINS BEGINSWITH ENDSWITH) at column 10'],
    ['http.status CONTAINS 5', 'operator CONTAINS does not apply to a number (use = != < <= > >=) at column 13'],
    [
      'annotation.x < "a"',
      'operator < does not apply to a string (use = != CONTAINS BEGINSWITH ENDSWITH) at column 14',
    ],
    ['annotation.x CONTAINS true', 'operator CONTAINS does not apply to a boolean (use = !=) at column 14'],
    ['latency > 5', 'unknown keyword "latency" at column 1'],
    ['annotation[] = 1', 'expected an annotation key after "[" at column 12'],
    ['annotation[x = 1', 'expected "]", found "=" at column 14'],
    ['(ok', 'expected ")", found the end of the expression at column 4'],
    ['ok)', 'expected AND, OR or the end of the expression, found ")" at column 3'],
    ['ok fault', 'expected AND, OR or the end of the expression, found "fault" at column 4'],
    ['ok AND', 'expected a condition, found the end of the expression at column 7'],
    ['service(order)', 'expected a service name as a quoted string at column 9'],
    ['service("order") { fault', 'expected "}", found the end of the expression at column 25'],
    ['edge("a")', 'expected ",", found ")" at column 9'],
    ['fault = maybe', 'expected true or false after "=" at column 9'],
    ['http.url = "open', 'unterminated string at column 12'],
    ['http.url = "a\\qb"', 'invalid escape "\\q" in a string at column 14'],
    ['responsetime > 5 # comment', 'unexpected character "#" at column 18'],
    ['= 5', 'expected a condition, found "=" at column 1'],
  ])('refuses %j: %s', (source, message) => {
    expect(() => parseFilterExpression(source)).toThrow(FilterExpressionError);
    expect(() => parseFilterExpression(source)).toThrow(message);
  });
});
