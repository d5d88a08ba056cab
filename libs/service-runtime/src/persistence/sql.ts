/** Escapes LIKE wildcards so that a value matches only literally (before appending a `%`). */
export function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (character) => `\\${character}`);
}

/** "(?, ?), (?, ?)" for a multi-row INSERT of `rows` rows of `columns` values each. */
export function valuesPlaceholders(rows: number, columns: number): string {
  const row = `(${Array.from({ length: columns }, () => '?').join(', ')})`;
  return Array.from({ length: rows }, () => row).join(', ');
}
