import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { cart, cartItem } from '@/testing/factories';
import { CartView } from './cart-view';

const unused = () => Promise.reject(new Error('not expected'));

describe(CartView.name, () => {
  it('shows the line totals and the subtotal the cart service computed, not sums of its own', () => {
    render(
      <CartView
        cart={cart({
          items: [
            cartItem({ id: 'a', name: 'Lamp', unitPrice: { amount: '0.10', currency: 'EUR' }, quantity: 3 }),
            cartItem({ id: 'b', name: 'Mug', lineTotal: { amount: '1234.05', currency: 'EUR' }, quantity: 1 }),
          ],
          itemCount: 4,
          subtotal: { amount: '1234.35', currency: 'EUR' },
        })}
        onChangeQuantity={unused}
        onRemove={unused}
      />,
    );
    expect(screen.getByTestId('line-total-a')).toHaveTextContent('€0.30');
    expect(screen.getByTestId('line-total-b')).toHaveTextContent('€1,234.05');
    expect(screen.getByTestId('cart-subtotal')).toHaveTextContent('€1,234.35');
    expect(within(screen.getByRole('complementary', { name: 'Order summary' })).getByText('4')).toBeInTheDocument();
  });

  it('keeps amounts beyond float precision exact', () => {
    render(
      <CartView
        cart={cart({ subtotal: { amount: '12345678901234567.89', currency: 'EUR' } })}
        onChangeQuantity={unused}
        onRemove={unused}
      />,
    );
    expect(screen.getByTestId('cart-subtotal')).toHaveTextContent('€12,345,678,901,234,567.89');
  });

  it('shows the empty state when there is no cart or it has no lines', () => {
    const { rerender } = render(<CartView cart={null} onChangeQuantity={unused} onRemove={unused} />);
    expect(screen.getByRole('heading', { name: 'Your cart is empty' })).toBeInTheDocument();
    rerender(
      <CartView cart={cart({ items: [], itemCount: 0, subtotal: null })} onChangeQuantity={unused} onRemove={unused} />,
    );
    expect(screen.getByRole('heading', { name: 'Your cart is empty' })).toBeInTheDocument();
    expect(screen.queryByText('Go to checkout')).not.toBeInTheDocument();
  });

  it('changes a quantity through the cart service and shows the totals it answers with', async () => {
    const onChangeQuantity = jest.fn((itemId: string, quantity: number) =>
      Promise.resolve({
        ok: true as const,
        value: cart({
          items: [cartItem({ id: itemId, quantity, lineTotal: { amount: '0.50', currency: 'EUR' } })],
          itemCount: quantity,
          subtotal: { amount: '0.50', currency: 'EUR' },
        }),
      }),
    );
    render(<CartView cart={cart()} onChangeQuantity={onChangeQuantity} onRemove={unused} />);

    await userEvent.selectOptions(screen.getByLabelText('Quantity of Aurora desk lamp'), '5');

    expect(onChangeQuantity).toHaveBeenCalledWith('item-1', 5);
    expect(await screen.findByText('€0.50', { selector: '[data-testid="cart-subtotal"]' })).toBeInTheDocument();
    expect(screen.getByLabelText('Quantity of Aurora desk lamp')).toHaveValue('5');
  });

  it('shows why a removal failed, with the trace id, and keeps the line', async () => {
    const onRemove = jest.fn(() =>
      Promise.resolve({
        ok: false as const,
        failure: { status: 503, code: 'CATALOG_UNAVAILABLE', message: 'Try again', traceId: '1-abc-def' },
      }),
    );
    render(<CartView cart={cart()} onChangeQuantity={unused} onRemove={onRemove} />);

    await userEvent.click(screen.getByRole('button', { name: 'Remove Aurora desk lamp' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Try again');
    expect(alert).toHaveTextContent('1-abc-def');
    expect(screen.getByTestId('line-total-item-1')).toBeInTheDocument();
  });
});
