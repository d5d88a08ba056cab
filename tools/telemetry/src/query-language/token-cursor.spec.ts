import { type CursorToken, TokenCursor } from './token-cursor';

class TestQueryError extends Error {
  constructor(
    reason: string,
    readonly column: number,
  ) {
    super(`${reason} at column ${column}`);
  }
}

const token = (type: string, text: string, column: number): CursorToken => ({ type, text, column });

/** Reads `( word, word, … )` to show the cursor's moves through a subclass, as the parsers use it. */
class WordListParser extends TokenCursor<CursorToken> {
  constructor(tokens: readonly CursorToken[]) {
    super(tokens, TestQueryError);
  }

  parse(): string[] {
    this.expectPunctuation('(');
    const words: string[] = [];
    do {
      const word = this.advance();
      if (word.type !== 'word') throw this.error(`expected a word, found ${this.describe(word)}`, word);
      words.push(this.acceptKeyword('upper') ? word.text.toUpperCase() : word.text);
    } while (this.acceptPunctuation(','));
    this.expectPunctuation(')');
    return words;
  }

  orChain(): string | { type: 'or'; operands: string[] } {
    return this.parseJoined('or', () => this.advance().text);
  }

  lookAhead(): string[] {
    return [this.peek().text, this.peek(1).text, this.peek(5).type];
  }

  protected override describe(found: CursorToken): string {
    return found.type === 'end' ? 'the end' : `"${found.text}"`;
  }
}

describe('TokenCursor', () => {
  const end = (column: number) => token('end', '', column);

  it('accepts punctuation and case-insensitive keywords and expects what must come', () => {
    const tokens = [
      token('punctuation', '(', 1),
      token('word', 'a', 2),
      token('word', 'UPPER', 4),
      token('punctuation', ',', 9),
      token('word', 'b', 11),
      token('punctuation', ')', 12),
      end(13),
    ];
    expect(new WordListParser(tokens).parse()).toEqual(['A', 'b']);
  });

  it("throws the language's error with the found token's description and column", () => {
    const missingClose = new WordListParser([token('punctuation', '(', 1), token('word', 'a', 2), end(3)]);
    expect(() => missingClose.parse()).toThrow(new TestQueryError('expected ")", found the end', 3));
    const notAWord = (): unknown =>
      new WordListParser([token('punctuation', '(', 1), token('punctuation', ',', 2), end(3)]).parse();
    expect(notAWord).toThrow(TestQueryError);
    expect(notAWord).toThrow('expected a word, found "," at column 2');
  });

  it('peeks ahead but never past the end token, and does not advance past it', () => {
    const cursor = new WordListParser([token('word', 'a', 1), end(2)]);
    expect(cursor.lookAhead()).toEqual(['a', '', 'end']);
    expect(() => cursor.parse()).toThrow('expected "(", found "a" at column 1');
    const empty = new WordListParser([end(1)]);
    expect(() => empty.parse()).toThrow('expected "(", found the end at column 1');
  });

  it('joins operands by a keyword into one node, and leaves a single operand as it is', () => {
    const chain = [token('word', 'a', 1), token('word', 'OR', 3), token('word', 'b', 6), token('word', 'or', 8)];
    expect(new WordListParser([...chain, token('word', 'c', 11), end(12)]).orChain()).toEqual({
      type: 'or',
      operands: ['a', 'b', 'c'],
    });
    expect(new WordListParser([token('word', 'a', 1), end(2)]).orChain()).toBe('a');
  });
});
