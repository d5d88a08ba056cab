import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ProductRowState } from '@/app/admin/actions/products';
import { productRowValues } from '@/lib/admin/product-form';
import { EditableProductRow } from './editable-product-row';

type Action = (state: ProductRowState, form: FormData) => Promise<ProductRowState>;

const PRODUCT = { id: 'p-1', name: 'Aurora lamp', price: { amount: '19.99', currency: 'EUR' } };

function renderRow(answer: Action) {
  const action = jest.fn<ReturnType<Action>, Parameters<Action>>(answer);
  render(
    <table>
      <tbody>
        <EditableProductRow product={PRODUCT} action={action} leading={<td>LMP-1</td>} trailing={<td>active</td>} />
      </tbody>
    </table>,
  );
  return action;
}

/** The catalog's answer: it saved what was sent, with the amount as it keeps it. */
const saves: Action = (_state, form) => {
  const { name, amount, currency } = productRowValues(form);
  const price = { amount: amount.replace(/0$/, ''), currency };
  return Promise.resolve({
    values: { name, amount: price.amount, currency: price.currency },
    errors: {},
    saved: { name, price },
    done: `Saved ${name}.`,
  });
};

const editButton = () => screen.getByRole('button', { name: 'Edit name and price of Aurora lamp' });

describe(EditableProductRow.name, () => {
  it('shows the name and the price until Edit turns them into inputs, with focus on the name', async () => {
    renderRow(saves);
    expect(screen.getByRole('link', { name: 'Aurora lamp' })).toHaveAttribute('href', '/admin/products/p-1/edit');
    expect(screen.getByText('€19.99')).toBeInTheDocument();
    expect(screen.queryByRole('textbox')).toBeNull();

    await userEvent.click(editButton());

    expect(screen.getByLabelText('Name of Aurora lamp')).toHaveFocus();
    expect(screen.getByLabelText('Name of Aurora lamp')).toHaveValue('Aurora lamp');
    expect(screen.getByLabelText('Price of Aurora lamp in EUR')).toHaveValue('19.99');
    expect(screen.getByRole('form', { name: 'Edit Aurora lamp' })).toBeInTheDocument();
  });

  it('saves with Enter and shows what the catalog saved, with focus back on Edit', async () => {
    const action = renderRow(saves);
    await userEvent.click(editButton());
    const price = screen.getByLabelText('Price of Aurora lamp in EUR');
    await userEvent.clear(price);
    await userEvent.type(price, '24.50{Enter}');

    expect(action).toHaveBeenCalledTimes(1);
    const sent = action.mock.calls[0]?.[1];
    expect([sent?.get('name'), sent?.get('amount'), sent?.get('currency')]).toEqual(['Aurora lamp', '24.50', 'EUR']);
    expect(await screen.findByText('€24.50')).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Saved Aurora lamp.');
    expect(screen.queryByRole('textbox')).toBeNull();
    expect(editButton()).toHaveFocus();
  });

  it('saves with the Save button too', async () => {
    const action = renderRow(saves);
    await userEvent.click(editButton());
    const name = screen.getByLabelText('Name of Aurora lamp');
    await userEvent.clear(name);
    await userEvent.type(name, 'Aurora lamp II');
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));

    expect(action).toHaveBeenCalledTimes(1);
    expect(await screen.findByRole('link', { name: 'Aurora lamp II' })).toBeInTheDocument();
  });

  it('puts the row back with Escape, sending nothing and keeping the old values', async () => {
    const action = renderRow(saves);
    await userEvent.click(editButton());
    await userEvent.type(screen.getByLabelText('Name of Aurora lamp'), ' changed{Escape}');

    expect(action).not.toHaveBeenCalled();
    expect(screen.queryByRole('textbox')).toBeNull();
    expect(screen.getByRole('link', { name: 'Aurora lamp' })).toBeInTheDocument();
    expect(editButton()).toHaveFocus();

    await userEvent.click(editButton());
    expect(screen.getByLabelText('Name of Aurora lamp')).toHaveValue('Aurora lamp');
    await userEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('textbox')).toBeNull();
  });

  it('explains a wrong value beside its input, focuses it and sends nothing', async () => {
    const action = renderRow(saves);
    await userEvent.click(editButton());
    await userEvent.clear(screen.getByLabelText('Name of Aurora lamp'));
    const price = screen.getByLabelText('Price of Aurora lamp in EUR');
    await userEvent.clear(price);
    await userEvent.type(price, '1,50{Enter}');

    expect(action).not.toHaveBeenCalled();
    const name = screen.getByLabelText('Name of Aurora lamp');
    expect(name).toHaveAttribute('aria-invalid', 'true');
    expect(name).toHaveAccessibleDescription('Enter a name');
    expect(name).toHaveFocus();
    expect(screen.getByLabelText('Price of Aurora lamp in EUR')).toHaveAccessibleDescription(
      'Enter an amount like 19.99: digits, a dot and at most two decimals',
    );
  });

  it('shows the refusal with its trace id and keeps the inputs with what was typed', async () => {
    renderRow((state, form) =>
      Promise.resolve({
        values: productRowValues(form),
        errors: {},
        failure: {
          status: 403,
          code: 'FORBIDDEN',
          message: 'Your role (viewer) can look but not change.',
          traceId: 't-9',
        },
      }),
    );
    await userEvent.click(editButton());
    await userEvent.type(screen.getByLabelText('Name of Aurora lamp'), ' II{Enter}');

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('t-9');
    expect(within(alert).getByText(/can look but not change/)).toBeInTheDocument();
    expect(screen.getByLabelText('Name of Aurora lamp')).toHaveValue('Aurora lamp II');
  });
});
