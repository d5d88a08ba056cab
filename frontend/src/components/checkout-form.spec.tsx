import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { CheckoutState } from '@/app/actions/checkout';
import { emptyCheckoutFields } from '@/lib/checkout-validation';
import { CheckoutForm } from './checkout-form';

const initial: CheckoutState = { fields: emptyCheckoutFields(), errors: {} };

type Action = (state: CheckoutState, form: FormData) => Promise<CheckoutState>;

function renderForm(
  action = jest.fn<ReturnType<Action>, Parameters<Action>>((state) => Promise.resolve(state)),
  emailRequired = true,
) {
  render(<CheckoutForm idempotencyKey="attempt-1" emailRequired={emailRequired} initial={initial} action={action} />);
  return action;
}

async function fillValidAddress(withEmail = true) {
  if (withEmail) await userEvent.type(screen.getByLabelText('Email'), 'ada@example.com');
  await userEvent.type(screen.getByLabelText('Full name'), 'Ada Lovelace');
  await userEvent.type(screen.getByLabelText('Address line 1'), '12 St James’s Square');
  await userEvent.type(screen.getByLabelText('Town or city'), 'London');
  await userEvent.type(screen.getByLabelText('Postcode'), 'SW1Y 4JH');
  await userEvent.selectOptions(screen.getByLabelText('Country'), 'GB');
}

describe(CheckoutForm.name, () => {
  it('names every missing field beside it and in a summary, and sends nothing', async () => {
    const action = renderForm();

    await userEvent.click(screen.getByRole('button', { name: 'Place order' }));

    const summary = await screen.findByRole('alert');
    expect(summary).toHaveTextContent('Check these fields');
    expect(screen.getByLabelText('Email')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByLabelText('Email')).toHaveAccessibleDescription('Enter your email address');
    expect(screen.getByLabelText('Full name')).toHaveAccessibleDescription('Enter your full name');
    expect(screen.getByLabelText('Postcode')).toHaveAccessibleDescription('Enter your postcode');
    expect(screen.getByLabelText('Country')).toHaveAccessibleDescription('Choose a country');
    expect(screen.getByLabelText('Address line 2 (optional)')).not.toHaveAttribute('aria-invalid');
    expect(action).not.toHaveBeenCalled();
  });

  it('refuses a malformed email and postcode', async () => {
    const action = renderForm();
    await fillValidAddress(false);
    await userEvent.type(screen.getByLabelText('Email'), 'ada@');
    await userEvent.clear(screen.getByLabelText('Postcode'));
    await userEvent.type(screen.getByLabelText('Postcode'), 'SW1Y_4JH!');

    await userEvent.click(screen.getByRole('button', { name: 'Place order' }));

    expect(await screen.findByRole('alert')).toBeInTheDocument();
    expect(screen.getByLabelText('Email')).toHaveAccessibleDescription('Enter an email address like name@example.com');
    expect(screen.getByLabelText('Postcode')).toHaveAccessibleDescription(
      'Use up to 20 letters, digits, spaces or dashes',
    );
    expect(screen.getByLabelText('Full name')).not.toHaveAttribute('aria-invalid');
    expect(action).not.toHaveBeenCalled();
  });

  it('sends a valid form with the attempt’s idempotency key', async () => {
    const action = renderForm();
    await fillValidAddress();

    await userEvent.click(screen.getByRole('button', { name: 'Place order' }));

    expect(action).toHaveBeenCalledTimes(1);
    const form = action.mock.calls[0]?.[1];
    expect(form?.get('idempotencyKey')).toBe('attempt-1');
    expect(form?.get('email')).toBe('ada@example.com');
    expect(form?.get('country')).toBe('GB');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('asks a signed-in customer for no email', async () => {
    const action = renderForm(undefined, false);
    expect(screen.queryByLabelText('Email')).not.toBeInTheDocument();
    await fillValidAddress(false);

    await userEvent.click(screen.getByRole('button', { name: 'Place order' }));

    expect(action).toHaveBeenCalledTimes(1);
  });

  it('shows the shop’s refusal with its trace id', async () => {
    renderForm(
      jest.fn<ReturnType<Action>, Parameters<Action>>((state) =>
        Promise.resolve({
          ...state,
          failure: { status: 503, code: 'CART_UNAVAILABLE', message: 'The cart is unavailable', traceId: '1-67-ab' },
        }),
      ),
    );
    await fillValidAddress();

    await userEvent.click(screen.getByRole('button', { name: 'Place order' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The order was not placed');
    expect(alert).toHaveTextContent('1-67-ab');
  });
});
