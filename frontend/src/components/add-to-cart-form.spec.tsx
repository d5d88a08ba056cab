import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { AddToCartState } from '@/app/actions/cart';
import { onFunnelEvent, type FunnelEvent } from '@/lib/funnel';
import { cart } from '@/testing/factories';
import { AddToCartForm } from './add-to-cart-form';

type Action = (previous: AddToCartState, form: FormData) => Promise<AddToCartState>;

const funnel: FunnelEvent[] = [];
onFunnelEvent((event) => funnel.push(event));
beforeEach(() => (funnel.length = 0));

describe(AddToCartForm.name, () => {
  it('sends the product and the chosen quantity, then says what the cart holds', async () => {
    const action = jest.fn<ReturnType<Action>, Parameters<Action>>(() =>
      Promise.resolve({ result: { ok: true, value: cart({ itemCount: 4 }) } }),
    );
    render(<AddToCartForm productId="product-1" productName="Lamp" soldOut={false} action={action} />);

    await userEvent.selectOptions(screen.getByLabelText('Quantity'), '4');
    await userEvent.click(screen.getByRole('button', { name: 'Add to cart' }));

    expect(await screen.findByRole('status')).toHaveTextContent('Lamp is in your cart (4 items).');
    const form = action.mock.calls[0]?.[1];
    expect([form?.get('productId'), form?.get('quantity')]).toEqual(['product-1', '4']);
    expect(funnel).toEqual([
      {
        step: 'added_to_cart',
        attributes: { 'product.id': 'product-1', 'cart.quantity_added': 4, 'cart.item_count': 4 },
      },
    ]);
  });

  it('shows a refusal with its trace id', async () => {
    const action = jest.fn<ReturnType<Action>, Parameters<Action>>(() =>
      Promise.resolve({
        result: {
          ok: false,
          failure: { status: 422, code: 'QUANTITY_LIMIT_EXCEEDED', message: 'At most 10', traceId: 'abc123' },
        },
      }),
    );
    render(<AddToCartForm productId="product-1" productName="Lamp" soldOut={false} action={action} />);

    await userEvent.click(screen.getByRole('button', { name: 'Add to cart' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('At most 10');
    expect(alert).toHaveTextContent('abc123');
    expect(funnel).toEqual([]);
  });

  it('cannot add a product that is out of stock', () => {
    render(<AddToCartForm productId="product-1" productName="Lamp" soldOut action={jest.fn()} />);
    expect(screen.getByRole('button', { name: 'Out of stock' })).toBeDisabled();
  });
});
