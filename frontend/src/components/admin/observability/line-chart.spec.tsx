import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { LineChart } from './line-chart';

const SERIES = [
  {
    label: 'p50',
    points: [
      { time: '2026-12-04T10:00:00.000Z', value: 10 },
      { time: '2026-12-04T10:01:00.000Z', value: 12 },
    ],
  },
  {
    label: 'p99',
    points: [
      { time: '2026-12-04T10:00:00.000Z', value: 40 },
      { time: '2026-12-04T10:01:00.000Z', value: null },
    ],
  },
];

describe(LineChart.name, () => {
  it('is an image named by its title and series, one line per series', () => {
    const { container } = render(
      <LineChart title="Duration of order" series={SERIES} format={(value) => `${value} ms`} />,
    );

    expect(screen.getByRole('img', { name: 'Duration of order: p50, p99' })).toBeInTheDocument();
    expect(container.querySelectorAll('path')).toHaveLength(2);
    expect(screen.getByText('50 ms')).toBeInTheDocument();
  });

  it('shows its data as a table on demand', async () => {
    render(<LineChart title="Duration of order" series={SERIES} format={(value) => `${value} ms`} />);

    await userEvent.click(screen.getByText('Data table'));

    const table = screen.getByRole('table', { name: 'Duration of order, by time (UTC)' });
    expect(
      within(table)
        .getAllByRole('row')
        .map((row) => row.textContent),
    ).toEqual(['Time (UTC)p50p99', '10:00:00.00010 ms40 ms', '10:01:00.00012 ms–']);
  });

  it('says so when the range has no data', () => {
    render(<LineChart title="Errors" series={[{ label: 'errors', points: [] }]} />);

    expect(screen.getByText('No data in this time range.')).toBeInTheDocument();
    expect(screen.queryByRole('img')).not.toBeInTheDocument();
  });
});
