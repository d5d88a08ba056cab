import { type QuotedStringSyntax, readQuotedString } from '../../query-language/quoted-string';
import { FilterExpressionError } from './filter-expression-error';

export type FilterTokenType = 'word' | 'string' | 'number' | 'operator' | 'punctuation' | 'end';

export interface FilterToken {
  readonly type: FilterTokenType;
  /** The token's value: a word as written, a string unescaped, an operator or punctuation character. */
  readonly text: string;
  /** 1-based. */
  readonly column: number;
}

const OPERATORS = ['!=', '<=', '>=', '=', '<', '>', '!'];
const PUNCTUATION = '(){}[],';
// JSON's string escapes.
const STRINGS: QuotedStringSyntax = {
  escapes: { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' },
  unicodeEscapes: true,
};
const WORD_START = /[A-Za-z_@]/;
// Dots join the segments of `http.status` or `annotation.shop.order.id`; dashes appear in annotation keys.
const WORD_PART = /[A-Za-z0-9_.@-]/;
const NUMBER = /^-?\d+(\.\d+)?([eE][+-]?\d+)?/;

export function tokenizeFilterExpression(source: string): FilterToken[] {
  const tokens: FilterToken[] = [];
  let index = 0;
  while (index < source.length) {
    const char = source.charAt(index);
    const column = index + 1;
    if (/\s/.test(char)) {
      index += 1;
    } else if (char === '"') {
      const { text, end } = readQuotedString(source, index, STRINGS, FilterExpressionError);
      tokens.push({ type: 'string', text, column });
      index = end;
    } else if (/[-\d]/.test(char)) {
      const number = NUMBER.exec(source.slice(index));
      if (!number) throw new FilterExpressionError(`unexpected "${char}"`, column);
      tokens.push({ type: 'number', text: number[0], column });
      index += number[0].length;
    } else if (WORD_START.test(char)) {
      let end = index + 1;
      while (end < source.length && WORD_PART.test(source.charAt(end))) end += 1;
      tokens.push({ type: 'word', text: source.slice(index, end), column });
      index = end;
    } else if (PUNCTUATION.includes(char)) {
      tokens.push({ type: 'punctuation', text: char, column });
      index += 1;
    } else {
      const operator = OPERATORS.find((candidate) => source.startsWith(candidate, index));
      if (!operator) throw new FilterExpressionError(`unexpected character "${char}"`, column);
      tokens.push({ type: 'operator', text: operator, column });
      index += operator.length;
    }
  }
  tokens.push({ type: 'end', text: '', column: source.length + 1 });
  return tokens;
}
