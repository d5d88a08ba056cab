import type { QueryErrorClass } from './query-error';

/** A lexer's token; the last one of a list has the type `end`. */
export interface CursorToken {
  readonly type: string;
  /** A word as written, a string unescaped, an operator or punctuation character. */
  readonly text: string;
  /** 1-based. */
  readonly column: number;
}

/** The reading position of a hand-written recursive-descent parser over a lexer's tokens. */
export abstract class TokenCursor<Token extends CursorToken> {
  private position = 0;

  protected constructor(
    private readonly tokens: readonly Token[],
    private readonly QueryError: QueryErrorClass,
  ) {}

  /** How a token is named after "found" in error messages. */
  protected abstract describe(token: Token): string;

  /** The current token, or the one `ahead` of it (never past the end token). */
  protected peek(ahead = 0): Token {
    return this.tokens[Math.min(this.position + ahead, this.tokens.length - 1)]!;
  }

  /** Returns the current token and moves past it; the end token is never passed. */
  protected advance(): Token {
    const token = this.peek();
    if (token.type !== 'end') this.position += 1;
    return token;
  }

  protected expectPunctuation(text: string): void {
    const token = this.advance();
    if (token.type !== 'punctuation' || token.text !== text) {
      throw this.error(`expected "${text}", found ${this.describe(token)}`, token);
    }
  }

  protected acceptPunctuation(text: string): boolean {
    const token = this.peek();
    return token.type === 'punctuation' && token.text === text && this.advance() !== undefined;
  }

  /** Keywords are matched case-insensitively; `keyword` is given in lower case. */
  protected acceptKeyword(keyword: string): boolean {
    const token = this.peek();
    return token.type === 'word' && token.text.toLowerCase() === keyword && this.advance() !== undefined;
  }

  /**
   * `operand ( connective operand )*`, the and / or levels of a condition grammar: the one operand as it is,
   * or all of them as one node of the connective's type.
   */
  protected parseJoined<Node, Connective extends 'and' | 'or'>(
    connective: Connective,
    parseOperand: () => Node,
  ): Node | { type: Connective; operands: Node[] } {
    const operands = [parseOperand()];
    while (this.acceptKeyword(connective)) operands.push(parseOperand());
    return operands.length === 1 ? operands[0]! : { type: connective, operands };
  }

  protected error(reason: string, token: Token): Error {
    return new this.QueryError(reason, token.column);
  }
}
