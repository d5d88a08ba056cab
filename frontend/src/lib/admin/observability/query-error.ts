/**
 * Where a refused query went wrong, from the API's message ("… at column 14", maybe "line 2"): the line and
 * the 1-based column, to point at it under the query. Null when the message names no column inside the query.
 */
export function errorPointer(query: string, message: string): { line: string; column: number } | null {
  const column = /\bcolumn (\d+)/i.exec(message);
  if (!column?.[1]) return null;
  const lines = query.split(/\r?\n/);
  const lineNumber = /\bline (\d+)/i.exec(message)?.[1];
  let at = Number(column[1]);
  let index = lineNumber === undefined ? 0 : Number(lineNumber) - 1;
  if (lineNumber === undefined) {
    // A column counted over the whole query: find its line.
    while (index < lines.length - 1 && at > (lines[index]?.length ?? 0) + 1) {
      at -= (lines[index]?.length ?? 0) + 1;
      index += 1;
    }
  }
  const line = lines[index];
  if (line === undefined || at < 1 || at > line.length + 1) return null;
  return { line, column: at };
}
