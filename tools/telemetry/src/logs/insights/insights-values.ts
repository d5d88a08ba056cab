import type { CompareOperator } from './insights-ast';

/** A number, or a string that reads as one (attributes sent as strings still compare numerically). */
export function asNumber(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value))) return Number(value);
  return undefined;
}

export function isPresent(value: unknown): boolean {
  return value !== undefined && value !== null;
}

/** Comparisons with a missing value are false; numbers compare as numbers, anything else as text. */
export function compareValues(left: unknown, operator: CompareOperator, right: unknown): boolean {
  if (!isPresent(left) || !isPresent(right)) return false;
  const order = orderOf(left, right);
  switch (operator) {
    case '=':
      return order === 0;
    case '!=':
      return order !== 0;
    case '<':
      return order < 0;
    case '<=':
      return order <= 0;
    case '>':
      return order > 0;
    case '>=':
      return order >= 0;
  }
}

/** Sort order of two present values: numerically when both read as numbers, else by their text. */
export function orderOf(left: unknown, right: unknown): number {
  const leftNumber = asNumber(left);
  const rightNumber = asNumber(right);
  if (leftNumber !== undefined && rightNumber !== undefined) return leftNumber - rightNumber;
  const leftText = textOf(left);
  const rightText = textOf(right);
  return leftText < rightText ? -1 : leftText > rightText ? 1 : 0;
}

export function textOf(value: unknown): string {
  return typeof value === 'object' && value !== null ? JSON.stringify(value) : String(value);
}
