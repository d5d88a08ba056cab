import type {
  AggregateFunction,
  Aggregation,
  CompareOperator,
  Condition,
  Grouping,
  InsightsCommand,
  Literal,
  Operand,
} from './insights-ast';
import { TokenCursor } from '../../query-language/token-cursor';
import { LogsInsightsQueryError } from './insights-error';
import { type InsightsToken, tokenizeInsightsQuery } from './insights-lexer';

/*
 * The subset of CloudWatch Logs Insights we answer (keywords case-insensitive):
 *   query      := [ command ( "|" command )* ]
 *   command    := fields name [as alias] ( "," name [as alias] )*
 *               | filter or
 *               | stats aggregate [as alias] ( "," aggregate [as alias] )* [ by group ( "," group )* ]
 *               | sort name [asc | desc] ( "," name [asc | desc] )*
 *               | limit integer
 *   or         := and ( or and )*          and := not ( and not )*
 *   not        := not not | "(" or ")" | ispresent "(" name ")" | operand predicate
 *   predicate  := ( = | != | < | <= | > | >= ) operand | [not] like ( /regex/ | "substring" ) | =~ /regex/
 *               | [not] in "[" literal ( "," literal )* "]"
 *   operand    := name | "string" | number | true | false      name := word (dots allowed) | `any name`
 *   aggregate  := count "(" ( "*" | name ) ")" | ( count_distinct | sum | avg | min | max ) "(" name ")"
 *               | pct "(" name "," number ")"
 *   group      := name [as alias] | bin "(" duration ")" [as alias]      duration: 30s 5m 1h 1d (ms s m h d w)
 */

export const MAX_LIMIT = 10_000;
const AGGREGATE_FUNCTIONS: readonly AggregateFunction[] = [
  'count',
  'count_distinct',
  'sum',
  'avg',
  'min',
  'max',
  'pct',
];
const COMPARE_OPERATORS: readonly string[] = ['=', '!=', '<', '<=', '>', '>='];
const UNIT_US: Record<string, number> = {
  ms: 1_000,
  s: 1_000_000,
  m: 60_000_000,
  h: 3_600_000_000,
  d: 86_400_000_000,
  w: 604_800_000_000,
};

export function parseInsightsQuery(source: string): InsightsCommand[] {
  return new InsightsParser(tokenizeInsightsQuery(source)).parseQuery();
}

class InsightsParser extends TokenCursor<InsightsToken> {
  constructor(tokens: readonly InsightsToken[]) {
    super(tokens, LogsInsightsQueryError);
  }

  parseQuery(): InsightsCommand[] {
    if (this.peek().type === 'end') return [];
    const commands = [this.parseCommand()];
    while (this.acceptPunctuation('|')) commands.push(this.parseCommand());
    const rest = this.peek();
    if (rest.type !== 'end')
      throw this.error(`expected "|" or the end of the query, found ${this.describe(rest)}`, rest);
    return commands;
  }

  private parseCommand(): InsightsCommand {
    const token = this.advance();
    const command = token.type === 'word' ? token.text.toLowerCase() : '';
    switch (command) {
      case 'fields':
        return { type: 'fields', fields: this.parseList(() => this.parseFieldOutput()) };
      case 'filter':
        return { type: 'filter', condition: this.parseOr() };
      case 'stats':
        return this.parseStats();
      case 'sort':
        return { type: 'sort', keys: this.parseList(() => this.parseSortKey()) };
      case 'limit':
        return { type: 'limit', count: this.parseLimit() };
      default:
        throw this.error(
          `expected a command (fields, filter, stats, sort, limit), found ${this.describe(token)}`,
          token,
        );
    }
  }

  private parseFieldOutput(): { field: string; name: string } {
    const field = this.expectName();
    return { field, name: this.parseAlias() ?? field };
  }

  private parseSortKey(): { field: string; descending: boolean } {
    const field = this.expectName();
    if (this.acceptKeyword('desc')) return { field, descending: true };
    this.acceptKeyword('asc');
    return { field, descending: false };
  }

  private parseLimit(): number {
    const token = this.advance();
    const count = token.type === 'number' ? Number(token.text) : NaN;
    if (!Number.isInteger(count) || count < 1 || count > MAX_LIMIT) {
      throw this.error(`expected a whole number from 1 to ${MAX_LIMIT} after "limit"`, token);
    }
    return count;
  }

  private parseStats(): InsightsCommand {
    const aggregations = this.parseList(() => this.parseAggregation());
    const groups = this.acceptKeyword('by') ? this.parseList(() => this.parseGrouping()) : [];
    return { type: 'stats', aggregations, groups };
  }

  private parseAggregation(): Aggregation {
    const token = this.advance();
    const name = token.type === 'word' ? token.text.toLowerCase() : '';
    if (!(AGGREGATE_FUNCTIONS as readonly string[]).includes(name)) {
      throw this.error(
        `expected an aggregate function (${AGGREGATE_FUNCTIONS.join(', ')}), found ${this.describe(token)}`,
        token,
      );
    }
    const fn = name as AggregateFunction;
    this.expectPunctuation('(');
    let aggregation: Omit<Aggregation, 'name'>;
    if (fn === 'count' && this.acceptPunctuation('*')) {
      aggregation = { function: fn };
    } else {
      const field = this.expectName();
      aggregation = { function: fn, field };
      if (fn === 'pct') {
        this.expectPunctuation(',');
        const percentileToken = this.advance();
        const percentile = percentileToken.type === 'number' ? Number(percentileToken.text) : NaN;
        if (!(percentile >= 0 && percentile <= 100)) {
          throw this.error('expected a percentile from 0 to 100', percentileToken);
        }
        aggregation = { function: fn, field, percentile };
      }
    }
    this.expectPunctuation(')');
    const written = `${fn}(${aggregation.field ?? '*'}${aggregation.percentile === undefined ? '' : `, ${aggregation.percentile}`})`;
    return { ...aggregation, name: this.parseAlias() ?? written };
  }

  private parseGrouping(): Grouping {
    const token = this.peek();
    if (token.type === 'word' && token.text.toLowerCase() === 'bin' && this.peek(1).text === '(') {
      this.advance();
      this.advance();
      const duration = this.advance();
      if (duration.type !== 'duration') throw this.error('expected a period such as 5m after "bin("', duration);
      const periodUs = Number(duration.text) * (UNIT_US[duration.suffix ?? ''] ?? 0);
      if (periodUs < 1) throw this.error('the bin period must be at least 1ms', duration);
      this.expectPunctuation(')');
      return { type: 'bin', periodUs, name: this.parseAlias() ?? `bin(${duration.text}${duration.suffix})` };
    }
    const field = this.expectName();
    return { type: 'field', field, name: this.parseAlias() ?? field };
  }

  private parseOr(): Condition {
    return this.parseJoined('or', () => this.parseAnd());
  }

  private parseAnd(): Condition {
    return this.parseJoined('and', () => this.parseNot());
  }

  private parseNot(): Condition {
    if (this.acceptKeyword('not')) return { type: 'not', operand: this.parseNot() };
    if (this.acceptPunctuation('(')) {
      const condition = this.parseOr();
      this.expectPunctuation(')');
      return condition;
    }
    const token = this.peek();
    if (token.type === 'word' && token.text.toLowerCase() === 'ispresent' && this.peek(1).text === '(') {
      this.advance();
      this.advance();
      const field = this.expectName();
      this.expectPunctuation(')');
      return { type: 'ispresent', field };
    }
    return this.parsePredicate(this.parseOperand());
  }

  private parsePredicate(operand: Operand): Condition {
    const token = this.advance();
    if (token.type === 'operator' && COMPARE_OPERATORS.includes(token.text)) {
      return { type: 'compare', left: operand, operator: token.text as CompareOperator, right: this.parseOperand() };
    }
    if (token.type === 'operator' && token.text === '=~') {
      const pattern = this.advance();
      if (pattern.type !== 'regex') throw this.error('expected a /regular expression/ after "=~"', pattern);
      return { type: 'like', operand, pattern: this.regexOf(pattern), negated: false };
    }
    const negated = token.type === 'word' && token.text.toLowerCase() === 'not';
    const keywordToken = negated ? this.advance() : token;
    const keyword = keywordToken.type === 'word' ? keywordToken.text.toLowerCase() : '';
    if (keyword === 'like') {
      const pattern = this.advance();
      if (pattern.type === 'regex') return { type: 'like', operand, pattern: this.regexOf(pattern), negated };
      if (pattern.type === 'string') return { type: 'like', operand, pattern: pattern.text, negated };
      throw this.error('expected a /regular expression/ or a "string" after "like"', pattern);
    }
    if (keyword === 'in') {
      this.expectPunctuation('[');
      const values = this.parseList(() => this.parseLiteral());
      this.expectPunctuation(']');
      return { type: 'in', operand, values, negated };
    }
    throw this.error(
      `expected a comparison (= != < <= > >= like in =~), found ${this.describe(keywordToken)}`,
      keywordToken,
    );
  }

  private parseOperand(): Operand {
    const token = this.peek();
    if (token.type === 'word' || token.type === 'quotedName') {
      const word = token.text.toLowerCase();
      if (token.type === 'word' && (word === 'true' || word === 'false')) {
        this.advance();
        return { type: 'literal', value: word === 'true' };
      }
      return { type: 'field', field: this.expectName() };
    }
    return { type: 'literal', value: this.parseLiteral() };
  }

  private parseLiteral(): Literal {
    const token = this.advance();
    if (token.type === 'string') return token.text;
    if (token.type === 'number') return Number(token.text);
    const word = token.type === 'word' ? token.text.toLowerCase() : '';
    if (word === 'true' || word === 'false') return word === 'true';
    throw this.error(`expected a value (a "string", a number, true or false), found ${this.describe(token)}`, token);
  }

  private regexOf(token: InsightsToken): RegExp {
    // Logs Insights writes case-insensitive patterns as /(?i)text/.
    const insensitive = token.text.startsWith('(?i)');
    const flags = new Set([...(token.suffix ?? ''), ...(insensitive ? ['i'] : [])]);
    try {
      return new RegExp(insensitive ? token.text.slice(4) : token.text, [...flags].join(''));
    } catch (error) {
      throw this.error(`invalid regular expression /${token.text}/: ${(error as Error).message}`, token);
    }
  }

  private parseAlias(): string | undefined {
    return this.acceptKeyword('as') ? this.expectName() : undefined;
  }

  private parseList<T>(parseItem: () => T): T[] {
    const items = [parseItem()];
    while (this.acceptPunctuation(',')) items.push(parseItem());
    return items;
  }

  private expectName(): string {
    const token = this.advance();
    if (token.type === 'quotedName' || token.type === 'word') return token.text;
    throw this.error(`expected a field name, found ${this.describe(token)}`, token);
  }

  protected override describe(token: InsightsToken): string {
    if (token.type === 'end') return 'the end of the query';
    if (token.type === 'regex') return `/${token.text}/`;
    if (token.type === 'duration') return `"${token.text}${token.suffix}"`;
    return token.type === 'string' ? JSON.stringify(token.text) : `"${token.text}"`;
  }
}
