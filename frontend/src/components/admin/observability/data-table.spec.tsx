import { render, screen, within } from '@testing-library/react';
import { DataTable, errorTone, NUMBER, type Column } from './data-table';

interface Row {
  name: string;
  errors: number;
}

const COLUMNS: readonly Column<Row>[] = [
  { header: 'Name', rowHeader: true, cell: (row) => row.name },
  { header: 'Errors', className: (row) => errorTone(row.errors > 0), cell: (row) => row.errors },
];
const ROWS: Row[] = [
  { name: 'order', errors: 2 },
  { name: 'cart', errors: 0 },
];

describe(DataTable.name, () => {
  it('names the table by its caption, the columns by their headers and each row by its row header', () => {
    render(<DataTable caption="Services" columns={COLUMNS} rows={ROWS} rowKey={(row) => row.name} />);

    const table = screen.getByRole('table', { name: 'Services' });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((cell) => cell.textContent),
    ).toEqual(['Name', 'Errors']);
    expect(
      within(table)
        .getAllByRole('rowheader')
        .map((cell) => cell.textContent),
    ).toEqual(['order', 'cart']);
    const order = within(table).getByRole('row', { name: /^order/ });
    expect(within(order).getByRole('cell')).toHaveClass(NUMBER, 'text-red-800');
    const cart = within(table).getByRole('row', { name: /^cart/ });
    expect(within(cart).getByRole('cell')).not.toHaveClass('text-red-800');
    expect(screen.queryByRole('region')).not.toBeInTheDocument();
  });

  it('says what is missing in a row of its own when there are no rows', () => {
    render(<DataTable caption="Routes" columns={COLUMNS} rows={[]} rowKey={(row) => row.name} empty="No requests." />);

    const cell = screen.getByRole('cell', { name: 'No requests.' });
    expect(cell).toHaveAttribute('colspan', '2');
  });

  it('makes the scroll box a named region a keyboard can focus, when asked to', () => {
    render(<DataTable caption="Nodes" region="Nodes table" columns={COLUMNS} rows={ROWS} rowKey={(row) => row.name} />);

    const region = screen.getByRole('region', { name: 'Nodes table' });
    expect(region).toHaveAttribute('tabindex', '0');
    expect(within(region).getByRole('table', { name: 'Nodes' })).toBeInTheDocument();
  });
});
