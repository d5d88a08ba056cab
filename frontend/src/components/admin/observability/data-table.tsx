import type { ReactNode } from 'react';

export interface Column<T> {
  header: string;
  cell: (row: T) => ReactNode;
  /** Classes of the column's cells beside their padding; a function where they depend on the row. */
  className?: string | ((row: T) => string);
  /** Classes of the header cell beside its padding and weight. */
  headerClassName?: string;
  /** The cell names its row (`th scope="row"`): screen readers announce it with each cell of the row. */
  rowHeader?: boolean;
}

interface DataTableProps<T> {
  /** The table's accessible name, read by screen readers only. */
  caption: ReactNode;
  columns: readonly Column<T>[];
  rows: readonly T[];
  rowKey: (row: T, index: number) => string;
  /** Less padding, for long lists. */
  dense?: boolean;
  /** Cells start at the top of their row, for rows where a cell may wrap onto several lines. */
  alignTop?: boolean;
  /** Said in a row of its own when there are no rows. */
  empty?: string;
  /** Names the scroll box and makes it focusable, so a keyboard can scroll a table wider than its place. */
  region?: string;
}

function classes(...parts: (string | false | undefined)[]): string {
  return parts.filter(Boolean).join(' ');
}

/** A table of rows by typed columns, in the console's table frame, scrolling sideways when it is too wide. */
export function DataTable<T>({ caption, columns, rows, rowKey, dense, alignTop, empty, region }: DataTableProps<T>) {
  const padding = dense ? 'px-2 py-1.5' : 'px-2 py-2';
  const focusable = region ? ({ tabIndex: 0, role: 'region', 'aria-label': region } as const) : {};
  return (
    <div {...focusable} className="overflow-x-auto rounded border border-slate-200 bg-white">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="border-b border-slate-200 bg-slate-100">
          <tr>
            {columns.map((column) => (
              <th key={column.header} scope="col" className={classes(padding, 'font-medium', column.headerClassName)}>
                {column.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 && empty ? (
            <tr>
              <td colSpan={columns.length} className={classes(padding, 'text-slate-700')}>
                {empty}
              </td>
            </tr>
          ) : null}
          {rows.map((row, index) => (
            <tr
              key={rowKey(row, index)}
              className={classes('border-b border-slate-100', alignTop && 'align-top', 'last:border-0')}
            >
              {columns.map((column) => {
                const Cell = column.rowHeader ? 'th' : 'td';
                const extra = typeof column.className === 'function' ? column.className(row) : column.className;
                return (
                  <Cell
                    key={column.header}
                    scope={column.rowHeader ? 'row' : undefined}
                    className={classes(padding, extra)}
                  >
                    {column.cell(row)}
                  </Cell>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The classes of a number column: digits of one width, so numbers line up. */
export const NUMBER = 'tabular-nums';

/** A number column whose cell turns red when the row had errors. */
export function errorTone(failed: boolean): string {
  return failed ? `${NUMBER} font-medium text-red-800` : NUMBER;
}
