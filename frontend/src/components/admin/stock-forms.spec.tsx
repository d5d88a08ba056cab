import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { AdjustmentFormState } from '@/app/admin/actions/inventory';
import { AdjustStockForm } from './stock-forms';

type Action = (state: AdjustmentFormState, form: FormData) => Promise<AdjustmentFormState>;

const actionMock = (answer: Action) => jest.fn<ReturnType<Action>, Parameters<Action>>(answer);

function renderForm(action: jest.Mock<ReturnType<Action>, Parameters<Action>>) {
  render(<AdjustStockForm sku="LMP-1" action={action} />);
  return action;
}

describe(AdjustStockForm.name, () => {
  it('explains a missing change and reason beside each field, focuses the first, and sends nothing', async () => {
    const action = renderForm(actionMock((state) => Promise.resolve(state)));

    await userEvent.click(screen.getByRole('button', { name: 'Adjust' }));

    const delta = screen.getByLabelText('Change in units');
    expect(delta).toHaveAttribute('aria-invalid', 'true');
    expect(delta).toHaveAccessibleDescription(
      'Positive adds units, negative removes them (5 or -3). Enter the change in units, like 5 or -3',
    );
    expect(delta).toHaveFocus();
    expect(screen.getByLabelText('Reason')).toHaveAccessibleDescription(
      'Kept in the movement history; at most 500 characters. Say why the stock changes: the history keeps it',
    );
    expect(action).not.toHaveBeenCalled();
  });

  it('refuses a change of zero', async () => {
    const action = renderForm(actionMock((state) => Promise.resolve(state)));
    await userEvent.type(screen.getByLabelText('Change in units'), '0');
    await userEvent.type(screen.getByLabelText('Reason'), 'Stock count');

    await userEvent.click(screen.getByRole('button', { name: 'Adjust' }));

    expect(screen.getByLabelText('Change in units')).toHaveAccessibleDescription(
      /A change of 0 changes nothing: enter another number/,
    );
    expect(screen.getByLabelText('Reason')).not.toHaveAttribute('aria-invalid');
    expect(action).not.toHaveBeenCalled();
  });

  it('sends a valid adjustment and shows what the server says, its refusals beside the field', async () => {
    const action = renderForm(
      actionMock((state) =>
        Promise.resolve({
          ...state,
          values: { delta: '-9', reason: 'Stock count' },
          errors: { delta: 'That would leave fewer units on hand than are reserved for orders' },
        }),
      ),
    );
    await userEvent.type(screen.getByLabelText('Change in units'), '-9');
    await userEvent.type(screen.getByLabelText('Reason'), 'Stock count');

    await userEvent.click(screen.getByRole('button', { name: 'Adjust' }));

    expect(
      await screen.findByText('That would leave fewer units on hand than are reserved for orders'),
    ).toBeInTheDocument();
    expect(action).toHaveBeenCalledTimes(1);
    const form = action.mock.calls[0]?.[1];
    expect(form?.get('delta')).toBe('-9');
    expect(form?.get('reason')).toBe('Stock count');
    expect(screen.getByLabelText('Change in units')).toHaveValue('-9');
  });

  it('announces a booked adjustment', async () => {
    renderForm(
      actionMock(() =>
        Promise.resolve({
          values: { delta: '', reason: '' },
          errors: {},
          done: 'Adjusted by 5: 15 on hand, 15 available.',
        }),
      ),
    );
    await userEvent.type(screen.getByLabelText('Change in units'), '5');
    await userEvent.type(screen.getByLabelText('Reason'), 'Found a box');

    await userEvent.click(screen.getByRole('button', { name: 'Adjust' }));

    expect(await screen.findByRole('status')).toHaveTextContent('Adjusted by 5: 15 on hand, 15 available.');
  });
});
