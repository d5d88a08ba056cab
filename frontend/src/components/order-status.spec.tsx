import { render, screen } from '@testing-library/react';
import { order } from '@/testing/factories';
import { OrderStatusTracker } from './order-status';

describe(OrderStatusTracker.name, () => {
  it('polls a PENDING order until it is CONFIRMED, then stops', async () => {
    const answers = [order({ status: 'PENDING' }), order({ status: 'CONFIRMED' })];
    const poll = jest.fn(() =>
      Promise.resolve({ ok: true as const, value: answers.shift() ?? order({ status: 'CONFIRMED' }) }),
    );
    render(<OrderStatusTracker initial={order()} poll={poll} intervalMs={5} />);

    expect(screen.getByTestId('order-status')).toHaveTextContent('PENDING');
    expect(await screen.findByText('Order confirmed', {}, { timeout: 2000 })).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('CONFIRMED');
    const calls = poll.mock.calls.length;
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(poll).toHaveBeenCalledTimes(calls);
  });

  it('shows a rejection with its reason', async () => {
    const poll = jest.fn(() =>
      Promise.resolve({ ok: true as const, value: order({ status: 'REJECTED', rejectionReason: 'out of stock' }) }),
    );
    render(<OrderStatusTracker initial={order()} poll={poll} intervalMs={5} />);

    expect(await screen.findByText('Order not accepted')).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Reason: out of stock.');
  });

  it('does not poll an order that has already settled', async () => {
    const poll = jest.fn();
    render(<OrderStatusTracker initial={order({ status: 'CONFIRMED' })} poll={poll} intervalMs={5} />);
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(poll).not.toHaveBeenCalled();
  });
});
