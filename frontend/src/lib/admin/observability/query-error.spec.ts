import { errorPointer } from './query-error';

describe(errorPointer.name, () => {
  it('points at the column the API names', () => {
    expect(errorPointer('fields @message | fitler x', 'unknown command "fitler" at column 19')).toEqual({
      line: 'fields @message | fitler x',
      column: 19,
    });
  });

  it('finds the line of a column counted over a query of several lines, or takes the line the message names', () => {
    expect(errorPointer('fields @message\n| fitler x', 'at column 19')).toEqual({ line: '| fitler x', column: 3 });
    expect(errorPointer('fields @message\n| fitler x', 'line 2, column 3')).toEqual({ line: '| fitler x', column: 3 });
  });

  it('gives up on a message without a column, or one outside the query', () => {
    expect(errorPointer('stats', 'query too long')).toBeNull();
    expect(errorPointer('stats', 'at column 40')).toBeNull();
  });
});
