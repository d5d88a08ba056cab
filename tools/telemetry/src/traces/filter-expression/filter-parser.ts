import type {
  ComparisonField,
  ComparisonNode,
  ComparisonOperator,
  FilterNode,
  NumberField,
  NumberOperator,
  StringField,
  StringOperator,
  TraceFlag,
} from './filter-ast';
import { TokenCursor } from '../../query-language/token-cursor';
import { FilterExpressionError } from './filter-expression-error';
import { type FilterToken, tokenizeFilterExpression } from './filter-lexer';

/*
 * Grammar (keywords case-insensitive, strings double-quoted, as in AWS X-Ray filter expressions):
 *   expression := or
 *   or         := and ( OR and )*
 *   and        := not ( AND not )*
 *   not        := ( NOT | "!" ) not | primary
 *   primary    := "(" or ")"
 *               | flag [ ("=" | "!=") (true | false) ]               flag: ok error fault throttle
 *               | service "(" string ")" [ "{" or "}" ]
 *               | edge "(" string "," string ")" [ "{" or "}" ]
 *               | field operator value
 *   field      := responsetime | duration | http.status | http.url | http.method | annotation.KEY | annotation "[" KEY "]"
 *   operator   := = | != | < | <= | > | >= | CONTAINS | BEGINSWITH | ENDSWITH
 *   value      := number | string | true | false
 */

const FLAGS: readonly TraceFlag[] = ['ok', 'error', 'fault', 'throttle'];
const NUMBER_FIELDS: readonly NumberField[] = ['responsetime', 'duration', 'http.status'];
const STRING_FIELDS: readonly StringField[] = ['http.url', 'http.method'];
const NUMBER_OPERATORS: readonly NumberOperator[] = ['=', '!=', '<', '<=', '>', '>='];
const STRING_OPERATORS: readonly StringOperator[] = ['=', '!=', 'CONTAINS', 'BEGINSWITH', 'ENDSWITH'];
const ANNOTATION_PREFIX = 'annotation.';

export function parseFilterExpression(source: string): FilterNode {
  return new FilterParser(tokenizeFilterExpression(source)).parseExpression();
}

class FilterParser extends TokenCursor<FilterToken> {
  constructor(tokens: readonly FilterToken[]) {
    super(tokens, FilterExpressionError);
  }

  parseExpression(): FilterNode {
    if (this.peek().type === 'end') throw this.error('expected a filter expression', this.peek());
    const node = this.parseOr();
    const rest = this.peek();
    if (rest.type !== 'end')
      throw this.error(`expected AND, OR or the end of the expression, found "${rest.text}"`, rest);
    return node;
  }

  private parseOr(): FilterNode {
    return this.parseJoined('or', () => this.parseAnd());
  }

  private parseAnd(): FilterNode {
    return this.parseJoined('and', () => this.parseNot());
  }

  private parseNot(): FilterNode {
    const token = this.peek();
    if (this.acceptKeyword('not') || (token.type === 'operator' && token.text === '!' && this.advance())) {
      return { type: 'not', operand: this.parseNot() };
    }
    return this.parsePrimary();
  }

  private parsePrimary(): FilterNode {
    const token = this.advance();
    if (token.type === 'punctuation' && token.text === '(') {
      const node = this.parseOr();
      this.expectPunctuation(')');
      return node;
    }
    if (token.type !== 'word') throw this.error(`expected a condition, found ${this.describe(token)}`, token);
    const word = token.text.toLowerCase();
    if ((FLAGS as readonly string[]).includes(word)) return this.parseFlag(word as TraceFlag);
    if (word === 'service') return this.parseService();
    if (word === 'edge') return this.parseEdge();
    return this.parseComparison(token);
  }

  private parseFlag(flag: TraceFlag): FilterNode {
    const operator = this.peek();
    if (operator.type !== 'operator' || (operator.text !== '=' && operator.text !== '!='))
      return { type: 'flag', flag };
    this.advance();
    const value = this.advance();
    const word = value.type === 'word' ? value.text.toLowerCase() : '';
    if (word !== 'true' && word !== 'false') throw this.error(`expected true or false after "${operator.text}"`, value);
    const negated = (word === 'false') !== (operator.text === '!=');
    return negated ? { type: 'not', operand: { type: 'flag', flag } } : { type: 'flag', flag };
  }

  private parseService(): FilterNode {
    this.expectPunctuation('(');
    const name = this.expectString('a service name');
    this.expectPunctuation(')');
    const filter = this.parseSubfilter();
    return filter ? { type: 'service', name, filter } : { type: 'service', name };
  }

  private parseEdge(): FilterNode {
    this.expectPunctuation('(');
    const source = this.expectString('the calling service');
    this.expectPunctuation(',');
    const target = this.expectString('the called service');
    this.expectPunctuation(')');
    const filter = this.parseSubfilter();
    return filter ? { type: 'edge', source, target, filter } : { type: 'edge', source, target };
  }

  private parseSubfilter(): FilterNode | undefined {
    if (!this.acceptPunctuation('{')) return undefined;
    const filter = this.parseOr();
    this.expectPunctuation('}');
    return filter;
  }

  private parseComparison(fieldToken: FilterToken): ComparisonNode {
    const { field, key } = this.parseField(fieldToken);
    const operatorToken = this.advance();
    const operator = operatorOf(operatorToken);
    if (!operator) throw this.error(`expected an operator after "${fieldToken.text}"`, operatorToken);
    const valueToken = this.advance();
    const value = valueOf(valueToken);
    if (value === undefined) throw this.error(`expected a value after "${operatorToken.text}"`, valueToken);
    this.checkTypes(field, operator, operatorToken, value, valueToken);
    return key === undefined
      ? { type: 'comparison', field, operator, value }
      : { type: 'comparison', field, key, operator, value };
  }

  private parseField(token: FilterToken): { field: ComparisonField; key?: string } {
    const word = token.text.toLowerCase();
    if ((NUMBER_FIELDS as readonly string[]).includes(word) || (STRING_FIELDS as readonly string[]).includes(word)) {
      return { field: word as ComparisonField };
    }
    if (word.startsWith(ANNOTATION_PREFIX) && word.length > ANNOTATION_PREFIX.length) {
      return { field: 'annotation', key: token.text.slice(ANNOTATION_PREFIX.length) };
    }
    if (word === 'annotation' && this.acceptPunctuation('[')) {
      const keyToken = this.advance();
      if ((keyToken.type !== 'word' && keyToken.type !== 'string') || keyToken.text === '') {
        throw this.error('expected an annotation key after "["', keyToken);
      }
      this.expectPunctuation(']');
      return { field: 'annotation', key: keyToken.text };
    }
    throw this.error(`unknown keyword "${token.text}"`, token);
  }

  private checkTypes(
    field: ComparisonField,
    operator: ComparisonOperator,
    operatorToken: FilterToken,
    value: string | number | boolean,
    valueToken: FilterToken,
  ): void {
    const valueType =
      field === 'annotation' ? typeof value : NUMBER_FIELDS.includes(field as NumberField) ? 'number' : 'string';
    const allowed: readonly string[] =
      valueType === 'number' ? NUMBER_OPERATORS : valueType === 'string' ? STRING_OPERATORS : ['=', '!='];
    if (!allowed.includes(operator)) {
      throw this.error(
        `operator ${operatorToken.text} does not apply to a ${valueType} (use ${allowed.join(' ')})`,
        operatorToken,
      );
    }
    if (typeof value !== valueType)
      throw this.error(`expected a ${valueType} after "${operatorToken.text}"`, valueToken);
  }

  private expectString(what: string): string {
    const token = this.advance();
    if (token.type !== 'string') throw this.error(`expected ${what} as a quoted string`, token);
    return token.text;
  }

  protected override describe(token: FilterToken): string {
    return token.type === 'end' ? 'the end of the expression' : `"${token.text}"`;
  }
}

function operatorOf(token: FilterToken): ComparisonOperator | undefined {
  if (token.type === 'operator' && token.text !== '!') return token.text as NumberOperator;
  const word = token.type === 'word' ? token.text.toUpperCase() : '';
  return (STRING_OPERATORS as readonly string[]).includes(word) ? (word as StringOperator) : undefined;
}

function valueOf(token: FilterToken): string | number | boolean | undefined {
  if (token.type === 'string') return token.text;
  if (token.type === 'number') return Number(token.text);
  const word = token.type === 'word' ? token.text.toLowerCase() : '';
  return word === 'true' ? true : word === 'false' ? false : undefined;
}
