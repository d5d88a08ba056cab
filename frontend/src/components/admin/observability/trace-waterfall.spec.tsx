import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { SPEC_TRACE_ID, span } from '@/lib/admin/observability/span-fixtures';
import { TraceWaterfall } from './trace-waterfall';

const OTHER_TRACE = 'ffffffffffffffffffffffffffffffff';

const SPANS = [
  span('aaaaaaaaaaaaaaaa', null, 0, 200, { service: 'gateway', name: 'POST /api/orders', kind: 'server' }),
  span('bbbbbbbbbbbbbbbb', 'aaaaaaaaaaaaaaaa', 50, 100, {
    service: 'order',
    name: 'order-events publish',
    kind: 'producer',
    attributes: { 'messaging.destination.name': 'order-events', 'shop.order.id': 'o-1' },
    links: [{ traceId: OTHER_TRACE, spanId: 'cccccccccccccccc', attributes: {} }],
  }),
  span('dddddddddddddddd', 'bbbbbbbbbbbbbbbb', 100, 50, {
    service: 'inventory',
    name: 'reserve',
    status: { code: 'error', message: 'out of stock' },
  }),
];

function rows() {
  return within(screen.getByRole('list', { name: 'Spans in call order' })).getAllByRole('button');
}

describe(TraceWaterfall.name, () => {
  it('draws one bar per span, placed and sized on the trace time axis, indented under its parent', () => {
    render(<TraceWaterfall spans={SPANS} />);

    expect(rows().map((row) => row.textContent)).toEqual([
      expect.stringContaining('POST /api/orders'),
      expect.stringContaining('order-events publish'),
      expect.stringContaining('reserve'),
    ]);
    const bars = screen.getAllByTestId('span-bar');
    expect(bars.map((bar) => [bar.style.left, bar.style.width])).toEqual([
      ['0%', '100%'],
      ['25%', '50%'],
      ['50%', '25%'],
    ]);
    expect(bars[2]).toHaveClass('bg-red-600');
    expect(rows()[2]).toHaveTextContent('error');
    expect(rows()[1]).toHaveTextContent('sends to order-events');
  });

  it('opens a span’s details on click: attributes, links to other traces, and its logs', async () => {
    render(<TraceWaterfall spans={SPANS} />);

    await userEvent.click(rows()[1] as HTMLElement);

    expect(rows()[1]).toHaveAttribute('aria-expanded', 'true');
    const details = screen.getByRole('heading', { name: 'order-events publish' }).parentElement as HTMLElement;
    expect(within(details).getByText('shop.order.id')).toBeInTheDocument();
    expect(within(details).getByRole('link', { name: /Trace ffff/ })).toHaveAttribute(
      'href',
      `/admin/observability/traces/${OTHER_TRACE}`,
    );
    expect(within(details).getByRole('link', { name: 'Logs of this span' })).toHaveAttribute(
      'href',
      `/admin/observability/logs?traceId=${SPEC_TRACE_ID}&spanId=bbbbbbbbbbbbbbbb&range=24h`,
    );
    expect(within(details).getByRole('link', { name: 'Logs of this trace' })).toHaveAttribute(
      'href',
      `/admin/observability/logs?traceId=${SPEC_TRACE_ID}&range=24h`,
    );
  });

  it('works from the keyboard: arrows move between spans, Enter opens one, again closes it', async () => {
    render(<TraceWaterfall spans={SPANS} />);
    rows()[0]?.focus();

    await userEvent.keyboard('{ArrowDown}{ArrowDown}');
    expect(rows()[2]).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    expect(screen.getByRole('heading', { name: 'reserve' })).toBeInTheDocument();
    expect(screen.getByText('error: out of stock')).toBeInTheDocument();
    await userEvent.keyboard('{Home}{Enter}');
    expect(screen.getByRole('heading', { name: 'POST /api/orders' })).toBeInTheDocument();
    await userEvent.keyboard('{Enter}');
    expect(screen.queryByRole('heading', { name: 'POST /api/orders' })).not.toBeInTheDocument();
  });
});
