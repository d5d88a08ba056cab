import { type QuotedStringSyntax, readQuotedString } from '../../query-language/quoted-string';
import { LogsInsightsQueryError } from './insights-error';

export type InsightsTokenType =
  'word' | 'quotedName' | 'string' | 'number' | 'duration' | 'regex' | 'operator' | 'punctuation' | 'end';

export interface InsightsToken {
  readonly type: InsightsTokenType;
  /** A word or name as written, a string unescaped, a regex's source, a number's or duration's digits. */
  readonly text: string;
  /** A regex's flags; a duration's unit. */
  readonly suffix?: string;
  /** 1-based. */
  readonly column: number;
}

const OPERATORS = ['!=', '<=', '>=', '=~', '=', '<', '>'];
const PUNCTUATION = '|,()[]*';
const STRINGS: QuotedStringSyntax = {
  escapes: { '"': '"', "'": "'", '\\': '\\', n: '\n', r: '\r', t: '\t' },
  unicodeEscapes: false,
};
const NAME_START = /[A-Za-z_@]/;
// Field names such as @logStream, http.route and shop.order.id.
const NAME_PART = /[A-Za-z0-9_.@]/;
const NUMBER = /^-?\d+(\.\d+)?/;
const DURATION_UNITS = ['ms', 's', 'm', 'h', 'd', 'w'];

export function tokenizeInsightsQuery(source: string): InsightsToken[] {
  const tokens: InsightsToken[] = [];
  let index = 0;
  const push = (token: InsightsToken, length: number) => {
    tokens.push(token);
    index += length;
  };
  while (index < source.length) {
    const char = source.charAt(index);
    const column = index + 1;
    if (/\s/.test(char)) {
      index += 1;
    } else if (char === '"' || char === "'") {
      const { text, end } = readQuotedString(source, index, STRINGS, LogsInsightsQueryError);
      push({ type: 'string', text, column }, end - index);
    } else if (char === '`') {
      const end = source.indexOf('`', index + 1);
      if (end < 0) throw new LogsInsightsQueryError('unterminated `name`', column);
      push({ type: 'quotedName', text: source.slice(index + 1, end), column }, end + 1 - index);
    } else if (char === '/') {
      const { text, flags, end } = readRegex(source, index);
      push({ type: 'regex', text, suffix: flags, column }, end - index);
    } else if (/\d/.test(char) || (char === '-' && /\d/.test(source.charAt(index + 1)))) {
      const number = NUMBER.exec(source.slice(index))![0];
      const unit = /^[A-Za-z]+/.exec(source.slice(index + number.length))?.[0];
      if (unit === undefined) {
        push({ type: 'number', text: number, column }, number.length);
      } else if (DURATION_UNITS.includes(unit) && !number.startsWith('-')) {
        push({ type: 'duration', text: number, suffix: unit, column }, number.length + unit.length);
      } else {
        throw new LogsInsightsQueryError(`unknown time unit "${unit}" (use ${DURATION_UNITS.join(', ')})`, column);
      }
    } else if (NAME_START.test(char)) {
      let end = index + 1;
      while (end < source.length && NAME_PART.test(source.charAt(end))) end += 1;
      push({ type: 'word', text: source.slice(index, end), column }, end - index);
    } else if (PUNCTUATION.includes(char)) {
      push({ type: 'punctuation', text: char, column }, 1);
    } else {
      const operator = OPERATORS.find((candidate) => source.startsWith(candidate, index));
      if (!operator) throw new LogsInsightsQueryError(`unexpected character "${char}"`, column);
      push({ type: 'operator', text: operator, column }, operator.length);
    }
  }
  tokens.push({ type: 'end', text: '', column: source.length + 1 });
  return tokens;
}

function readRegex(source: string, start: number): { text: string; flags: string; end: number } {
  let index = start + 1;
  while (index < source.length && source.charAt(index) !== '/') {
    index += source.charAt(index) === '\\' ? 2 : 1;
  }
  if (index >= source.length) throw new LogsInsightsQueryError('unterminated regular expression', start + 1);
  const flags = /^[a-z]*/.exec(source.slice(index + 1))![0];
  return { text: source.slice(start + 1, index), flags, end: index + 1 + flags.length };
}
