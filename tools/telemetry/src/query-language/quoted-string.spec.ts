import { type QuotedStringSyntax, readQuotedString } from './quoted-string';

class TestQueryError extends Error {
  constructor(
    reason: string,
    readonly column: number,
  ) {
    super(`${reason} at column ${column}`);
  }
}

const PLAIN: QuotedStringSyntax = { escapes: { '"': '"', "'": "'", '\\': '\\', n: '\n' }, unicodeEscapes: false };
const WITH_UNICODE: QuotedStringSyntax = { ...PLAIN, unicodeEscapes: true };

describe('readQuotedString', () => {
  it('unescapes the string and returns the index past its closing quote', () => {
    expect(readQuotedString('x = "a\\"b\\nc" and', 4, PLAIN, TestQueryError)).toEqual({ text: 'a"b\nc', end: 13 });
  });

  it('is closed by the quote it was opened with', () => {
    expect(readQuotedString(`'say "hi"' x`, 0, PLAIN, TestQueryError)).toEqual({ text: 'say "hi"', end: 10 });
  });

  it('reads \\uXXXX only where the syntax allows it', () => {
    expect(readQuotedString('"\\u00e9"', 0, WITH_UNICODE, TestQueryError).text).toBe('é');
    expect(() => readQuotedString('"\\u00e9"', 0, PLAIN, TestQueryError)).toThrow(
      new TestQueryError('invalid escape "\\u" in a string', 2),
    );
  });

  it("throws the language's error at the column of an unknown escape or an unclosed quote", () => {
    const badEscape = (): unknown => readQuotedString('a "b\\qc"', 2, PLAIN, TestQueryError);
    expect(badEscape).toThrow(TestQueryError);
    expect(badEscape).toThrow('invalid escape "\\q" in a string at column 5');
    expect(() => readQuotedString('a "open', 2, PLAIN, TestQueryError)).toThrow('unterminated string at column 3');
  });
});
