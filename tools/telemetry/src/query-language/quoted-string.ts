import type { QueryErrorClass } from './query-error';

export interface QuotedStringSyntax {
  /** What each character after a backslash stands for. */
  readonly escapes: Readonly<Record<string, string>>;
  /** Whether `\uXXXX` (four hex digits) is read as well. */
  readonly unicodeEscapes: boolean;
}

/**
 * Reads the string whose opening quote is at `start` (the same character closes it) and returns it unescaped
 * with the index just past its closing quote.
 */
export function readQuotedString(
  source: string,
  start: number,
  syntax: QuotedStringSyntax,
  QueryError: QueryErrorClass,
): { text: string; end: number } {
  const quote = source.charAt(start);
  let text = '';
  let index = start + 1;
  while (index < source.length) {
    const char = source.charAt(index);
    if (char === quote) return { text, end: index + 1 };
    if (char !== '\\') {
      text += char;
      index += 1;
      continue;
    }
    const escape = source.charAt(index + 1);
    const hex =
      syntax.unicodeEscapes && escape === 'u' ? /^[0-9a-fA-F]{4}$/.exec(source.slice(index + 2, index + 6)) : null;
    if (hex) {
      text += String.fromCharCode(parseInt(hex[0], 16));
      index += 6;
    } else if (escape in syntax.escapes) {
      text += syntax.escapes[escape];
      index += 2;
    } else {
      throw new QueryError(`invalid escape "\\${escape}" in a string`, index + 1);
    }
  }
  throw new QueryError('unterminated string', start + 1);
}
