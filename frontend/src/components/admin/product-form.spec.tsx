import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ProductFormState } from '@/app/admin/actions/products';
import { EMPTY_PRODUCT } from '@/lib/admin/product-form';
import { ProductForm } from './product-form';

type Action = (state: ProductFormState, form: FormData) => Promise<ProductFormState>;

const CATEGORIES = [
  { id: 'c-lighting', name: 'Lighting', depth: 0 },
  { id: 'c-lamps', name: 'Desk lamps', depth: 1 },
];

function renderForm(action: jest.Mock<ReturnType<Action>, Parameters<Action>>) {
  render(<ProductForm action={action} initial={EMPTY_PRODUCT} categories={CATEGORIES} submitLabel="Create product" />);
  return action;
}

const actionMock = (answer: Action) => jest.fn<ReturnType<Action>, Parameters<Action>>(answer);
const echo = () => actionMock((state) => Promise.resolve(state));

describe(ProductForm.name, () => {
  it('ties each error to its field, focuses the first one and sends nothing', async () => {
    const action = renderForm(echo());
    await userEvent.type(screen.getByLabelText('Price'), '12.345');

    await userEvent.click(screen.getByRole('button', { name: 'Create product' }));

    const sku = screen.getByLabelText('SKU');
    expect(sku).toHaveAttribute('aria-invalid', 'true');
    expect(sku).toHaveAccessibleDescription(/Enter a SKU$/);
    expect(sku).toHaveFocus();
    expect(screen.getByLabelText('Name')).toHaveAccessibleDescription('Enter a name');
    expect(screen.getByLabelText('Price')).toHaveAccessibleDescription(
      'An exact amount like 19.99. Enter an amount like 19.99: digits, a dot and at most two decimals',
    );
    expect(screen.getByLabelText('Currency')).not.toHaveAttribute('aria-invalid');
    expect(action).not.toHaveBeenCalled();
  });

  it('sends a valid product with its ticked categories', async () => {
    const action = renderForm(echo());
    await userEvent.type(screen.getByLabelText('SKU'), 'LMP-9');
    await userEvent.type(screen.getByLabelText('Name'), 'Harbour lamp');
    await userEvent.type(screen.getByLabelText('Price'), '24.50');
    await userEvent.selectOptions(screen.getByLabelText('Status'), 'active');
    await userEvent.click(screen.getByLabelText('Desk lamps'));

    await userEvent.click(screen.getByRole('button', { name: 'Create product' }));

    expect(action).toHaveBeenCalledTimes(1);
    const form = action.mock.calls[0]?.[1];
    expect(form?.get('sku')).toBe('LMP-9');
    expect(form?.get('amount')).toBe('24.50');
    expect(form?.get('status')).toBe('active');
    expect(form?.getAll('categoryIds')).toEqual(['c-lamps']);
  });

  it('shows the server’s field error and its failure with the trace id', async () => {
    renderForm(
      actionMock((state) =>
        Promise.resolve({
          ...state,
          errors: { sku: 'Another product has this SKU' },
          failure: { status: 502, code: 'UPSTREAM', message: 'The catalog did not answer.', traceId: '1-abc-def' },
        }),
      ),
    );
    await userEvent.type(screen.getByLabelText('SKU'), 'LMP-9');
    await userEvent.type(screen.getByLabelText('Name'), 'Harbour lamp');
    await userEvent.type(screen.getByLabelText('Price'), '24.50');

    await userEvent.click(screen.getByRole('button', { name: 'Create product' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('1-abc-def');
    expect(screen.getByLabelText('SKU')).toHaveAccessibleDescription(/Another product has this SKU$/);
  });
});
