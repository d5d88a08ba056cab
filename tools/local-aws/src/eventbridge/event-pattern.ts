/**
 * EventBridge event patterns (AWS "content filtering in event patterns"): pure validation and matching.
 * A pattern is an object whose fields are either nested patterns or arrays of conditions (OR); fields
 * are ANDed; `$or` takes alternative patterns. An event array matches when any element matches.
 */

export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

/** The event pattern is malformed; PutRule answers InvalidEventPatternException with this message. */
export class EventPatternError extends Error {
  constructor(reason: string) {
    super(`Event pattern is not valid. Reason: ${reason}`);
    this.name = 'EventPatternError';
  }
}

/** A validated event pattern (the parsed JSON). */
export type EventPattern = { readonly [field: string]: unknown };
type PatternObject = EventPattern;

const NUMERIC_OPERATORS = ['<', '<=', '=', '>', '>='] as const;
type NumericOperator = (typeof NUMERIC_OPERATORS)[number];

function isPlainObject(value: unknown): value is PatternObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isScalar(value: unknown): value is string | number | boolean | null {
  return value === null || ['string', 'number', 'boolean'].includes(typeof value);
}

/** Parses and validates a pattern given as JSON text, the way PutRule receives it. */
export function parseEventPattern(text: string): PatternObject {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new EventPatternError('Filter is not valid JSON');
  }
  validateEventPattern(parsed);
  return parsed;
}

/** Throws an EventPatternError naming the first problem; returns when the pattern is valid. */
export function validateEventPattern(pattern: unknown): asserts pattern is PatternObject {
  if (!isPlainObject(pattern)) throw new EventPatternError('Filter is not an object');
  if (Object.keys(pattern).length === 0) throw new EventPatternError('Empty event pattern');
  validateObject(pattern, '');
}

function validateObject(pattern: PatternObject, path: string): void {
  for (const [field, value] of Object.entries(pattern)) {
    const fieldPath = path ? `${path}.${field}` : field;
    if (field === '$or') {
      validateOr(value, fieldPath);
    } else if (isPlainObject(value)) {
      if (Object.keys(value).length === 0) throw new EventPatternError(`Empty objects are not allowed: ${fieldPath}`);
      validateObject(value, fieldPath);
    } else if (Array.isArray(value)) {
      if (value.length === 0) throw new EventPatternError(`Empty arrays are not allowed: ${fieldPath}`);
      for (const condition of value) validateCondition(condition, fieldPath);
    } else {
      throw new EventPatternError(`Match value must be String, number, true, false, or null: ${fieldPath}`);
    }
  }
}

function validateOr(value: unknown, path: string): void {
  if (!Array.isArray(value) || value.length < 2) {
    throw new EventPatternError(`$or must be an array of at least two patterns: ${path}`);
  }
  for (const alternative of value) {
    if (!isPlainObject(alternative) || Object.keys(alternative).length === 0) {
      throw new EventPatternError(`$or alternatives must be non-empty objects: ${path}`);
    }
    validateObject(alternative, path);
  }
}

function validateCondition(condition: unknown, path: string): void {
  if (isScalar(condition)) return;
  if (!isPlainObject(condition))
    throw new EventPatternError(`Match value must be String, number, true, false, or null: ${path}`);
  const entries = Object.entries(condition);
  const [entry] = entries;
  if (entries.length !== 1 || entry === undefined) {
    throw new EventPatternError(`A match expression must have exactly one key: ${path}`);
  }
  const [operator, operand] = entry;
  switch (operator) {
    case 'prefix':
    case 'suffix':
      validateAffix(operator, operand, path);
      return;
    case 'equals-ignore-case':
      requireString(operand, operator, path);
      return;
    case 'wildcard':
      validateWildcard(operand, path);
      return;
    case 'exists':
      if (typeof operand !== 'boolean')
        throw new EventPatternError(`exists match pattern must be either true or false: ${path}`);
      return;
    case 'numeric':
      validateNumeric(operand, path);
      return;
    case 'anything-but':
      validateAnythingBut(operand, path);
      return;
    case 'cidr':
      parseCidr(operand, path);
      return;
    default:
      throw new EventPatternError(`Unrecognized match type ${operator}: ${path}`);
  }
}

function requireString(operand: unknown, operator: string, path: string): asserts operand is string {
  if (typeof operand !== 'string') throw new EventPatternError(`${operator} match pattern must be a string: ${path}`);
}

function validateAffix(operator: 'prefix' | 'suffix', operand: unknown, path: string): void {
  if (isPlainObject(operand)) {
    const keys = Object.keys(operand);
    if (keys.length !== 1 || keys[0] !== 'equals-ignore-case') {
      throw new EventPatternError(`Unsupported ${operator} pattern: ${path}`);
    }
    requireString(operand['equals-ignore-case'], 'equals-ignore-case', path);
    return;
  }
  requireString(operand, operator, path);
}

function validateWildcard(operand: unknown, path: string): void {
  requireString(operand, 'wildcard', path);
  if (/(?<!\\)\*\*/.test(operand)) {
    throw new EventPatternError(`Consecutive wildcard characters at pos ${operand.indexOf('**') + 1}: ${path}`);
  }
}

function validateNumeric(operand: unknown, path: string): void {
  if (!Array.isArray(operand) || operand.length === 0 || operand.length > 4 || operand.length % 2 !== 0) {
    throw new EventPatternError(`Value of numeric must be an array of operator/number pairs: ${path}`);
  }
  let lower = false;
  let upper = false;
  for (let index = 0; index < operand.length; index += 2) {
    const operator: unknown = operand[index];
    const value: unknown = operand[index + 1];
    if (!NUMERIC_OPERATORS.includes(operator as NumericOperator)) {
      throw new EventPatternError(`Unrecognized numeric range operator: ${String(operator)}: ${path}`);
    }
    if (typeof value !== 'number') throw new EventPatternError(`Value of ${String(operator)} must be numeric: ${path}`);
    if (operator === '=') {
      if (operand.length !== 2) throw new EventPatternError(`= cannot be combined with other operators: ${path}`);
    } else if (operator === '>' || operator === '>=') {
      if (lower) throw new EventPatternError(`Bad numeric range, two lower bounds: ${path}`);
      lower = true;
    } else {
      if (upper) throw new EventPatternError(`Bad numeric range, two upper bounds: ${path}`);
      upper = true;
    }
  }
}

function validateAnythingBut(operand: unknown, path: string): void {
  if (typeof operand === 'string' || typeof operand === 'number') return;
  if (Array.isArray(operand)) {
    const allStrings = operand.every((item) => typeof item === 'string');
    const allNumbers = operand.every((item) => typeof item === 'number');
    if (operand.length === 0 || (!allStrings && !allNumbers)) {
      throw new EventPatternError(`Inside anything-but list, only all strings or all numbers are allowed: ${path}`);
    }
    return;
  }
  if (isPlainObject(operand)) {
    const entries = Object.entries(operand);
    const [entry] = entries;
    if (entries.length !== 1 || entry === undefined) {
      throw new EventPatternError(`anything-but takes exactly one match expression: ${path}`);
    }
    const [operator, inner] = entry;
    if (operator === 'prefix' || operator === 'suffix') return requireString(inner, operator, path);
    if (operator === 'equals-ignore-case' || operator === 'wildcard') {
      const values: unknown[] = Array.isArray(inner) ? inner : [inner];
      if (values.length === 0) throw new EventPatternError(`Empty anything-but ${operator} list: ${path}`);
      for (const value of values) {
        if (operator === 'wildcard') validateWildcard(value, path);
        else requireString(value, operator, path);
      }
      return;
    }
    throw new EventPatternError(`Unsupported anything-but pattern: ${operator}: ${path}`);
  }
  throw new EventPatternError(`Value of anything-but must be an array or single string/number value: ${path}`);
}

/** True when the event (an EventBridge event object: source, detail-type, detail, ...) matches. */
export function matchesEventPattern(pattern: PatternObject, event: unknown): boolean {
  return matchObject(pattern, event);
}

function matchObject(pattern: PatternObject, value: unknown): boolean {
  // An array of objects matches when one element satisfies the whole nested pattern.
  if (Array.isArray(value)) return value.some((element) => isPlainObject(element) && matchObject(pattern, element));
  const object = isPlainObject(value) ? value : undefined;
  return Object.entries(pattern).every(([field, condition]) => {
    if (field === '$or') return (condition as PatternObject[]).some((alternative) => matchObject(alternative, value));
    const fieldValue = object?.[field];
    if (isPlainObject(condition)) return matchObject(condition, fieldValue);
    return matchLeaf(condition as unknown[], fieldValue);
  });
}

function matchLeaf(conditions: readonly unknown[], value: unknown): boolean {
  // Objects are not leaves: leaf conditions see them as absent, as AWS flattens events to leaf paths.
  const present = value !== undefined && !isPlainObject(value);
  const leaves: unknown[] = !present
    ? []
    : Array.isArray(value)
      ? value.filter((item) => !isPlainObject(item))
      : [value];
  return conditions.some((condition) => {
    if (isPlainObject(condition) && 'exists' in condition) {
      return condition.exists === (present && leaves.length > 0);
    }
    return leaves.some((leaf) => matchCondition(condition, leaf));
  });
}

function matchCondition(condition: unknown, value: unknown): boolean {
  if (!isPlainObject(condition)) return scalarEquals(condition, value);
  const [operator = '', operand] = Object.entries(condition)[0] ?? [];
  switch (operator) {
    case 'prefix':
      return typeof value === 'string' && affixMatches(operand, value, (text, affix) => text.startsWith(affix));
    case 'suffix':
      return typeof value === 'string' && affixMatches(operand, value, (text, affix) => text.endsWith(affix));
    case 'equals-ignore-case':
      return typeof value === 'string' && value.toLowerCase() === String(operand).toLowerCase();
    case 'wildcard':
      return typeof value === 'string' && wildcardRegExp(String(operand)).test(value);
    case 'numeric':
      return typeof value === 'number' && numericMatches(operand as unknown[], value);
    case 'anything-but':
      return anythingButMatches(operand, value);
    case 'cidr':
      return typeof value === 'string' && cidrContains(parseCidr(operand, ''), value);
    default:
      return false;
  }
}

function scalarEquals(expected: unknown, actual: unknown): boolean {
  if (typeof expected === 'number' && typeof actual === 'number') return expected === actual;
  return expected === actual;
}

function affixMatches(operand: unknown, value: string, test: (text: string, affix: string) => boolean): boolean {
  if (isPlainObject(operand)) {
    return test(value.toLowerCase(), String(operand['equals-ignore-case']).toLowerCase());
  }
  return test(value, String(operand));
}

function numericMatches(ranges: readonly unknown[], value: number): boolean {
  for (let index = 0; index < ranges.length; index += 2) {
    const bound = ranges[index + 1] as number;
    const holds = compare(ranges[index] as NumericOperator, value, bound);
    if (!holds) return false;
  }
  return true;
}

function compare(operator: NumericOperator, value: number, bound: number): boolean {
  switch (operator) {
    case '<':
      return value < bound;
    case '<=':
      return value <= bound;
    case '=':
      return value === bound;
    case '>':
      return value > bound;
    case '>=':
      return value >= bound;
  }
}

function anythingButMatches(operand: unknown, value: unknown): boolean {
  if (isPlainObject(operand)) {
    const [operator = '', inner] = Object.entries(operand)[0] ?? [];
    if (typeof value !== 'string') return true;
    const values = (Array.isArray(inner) ? inner : [inner]).map(String);
    switch (operator) {
      case 'prefix':
        return !value.startsWith(String(inner));
      case 'suffix':
        return !value.endsWith(String(inner));
      case 'equals-ignore-case':
        return !values.some((item) => item.toLowerCase() === value.toLowerCase());
      case 'wildcard':
        return !values.some((item) => wildcardRegExp(item).test(value));
      default:
        return false;
    }
  }
  const excluded: unknown[] = Array.isArray(operand) ? operand : [operand];
  return !excluded.some((item) => scalarEquals(item, value));
}

function wildcardRegExp(wildcard: string): RegExp {
  let source = '';
  for (let index = 0; index < wildcard.length; index += 1) {
    const char = wildcard.charAt(index);
    if (char === '\\' && index + 1 < wildcard.length) {
      index += 1;
      source += escapeRegExp(wildcard.charAt(index));
    } else if (char === '*') {
      source += '.*';
    } else {
      source += escapeRegExp(char);
    }
  }
  return new RegExp(`^${source}$`, 's');
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

interface Ipv4Cidr {
  readonly network: number;
  readonly mask: number;
}

function parseCidr(operand: unknown, path: string): Ipv4Cidr {
  const match = typeof operand === 'string' ? /^(\d{1,3}(?:\.\d{1,3}){3})(?:\/(\d{1,2}))?$/.exec(operand) : null;
  const address = match?.[1] === undefined ? undefined : ipv4ToNumber(match[1]);
  const bits = match?.[2] === undefined ? 32 : Number(match[2]);
  if (address === undefined || bits > 32)
    throw new EventPatternError(`Nonstandard IP address: ${String(operand)}: ${path}`);
  const mask = bits === 0 ? 0 : (0xffffffff << (32 - bits)) >>> 0;
  return { network: (address & mask) >>> 0, mask };
}

function ipv4ToNumber(text: string): number | undefined {
  const parts = text.split('.').map(Number);
  if (parts.length !== 4 || parts.some((part) => !Number.isInteger(part) || part > 255)) return undefined;
  return parts.reduce((total, part) => total * 256 + part, 0);
}

function cidrContains(cidr: Ipv4Cidr, value: string): boolean {
  const address = ipv4ToNumber(value);
  return address !== undefined && (address & cidr.mask) >>> 0 === cidr.network;
}
