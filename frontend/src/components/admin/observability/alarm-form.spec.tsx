import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { AlarmFormState } from '@/app/admin/(console)/observability/alarms/actions';
import { EMPTY_ALARM } from '@/lib/admin/observability/alarm-form';
import { AlarmForm } from './alarm-form';

type Action = (state: AlarmFormState, form: FormData) => Promise<AlarmFormState>;

const METRICS = [
  { name: 'shop.http.server.duration', services: ['order', 'catalog'] },
  { name: 'shop.order.placed', services: ['order'] },
];

function renderForm(answer: Action = (state) => Promise.resolve(state)) {
  const action = jest.fn<ReturnType<Action>, Parameters<Action>>(answer);
  render(<AlarmForm action={action} initial={EMPTY_ALARM} metrics={METRICS} editing={false} />);
  return action;
}

describe(AlarmForm.name, () => {
  it('explains the missing fields beside them, focuses the first, and sends nothing', async () => {
    const action = renderForm();

    await userEvent.click(screen.getByRole('button', { name: 'Create alarm' }));

    expect(screen.getByLabelText('Name')).toHaveFocus();
    expect(screen.getByLabelText('Name')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByLabelText('Metric')).toHaveAccessibleDescription('Choose the metric to watch');
    expect(screen.getByLabelText('Threshold')).toHaveAccessibleDescription(
      "In the metric's unit: seconds for durations. Enter the threshold, a number like 0.5 or 100",
    );
    expect(action).not.toHaveBeenCalled();
  });

  it('asks for a band width instead of a threshold for an anomaly alarm, and offers the metric’s services', async () => {
    const action = renderForm();
    await userEvent.type(screen.getByLabelText('Name'), 'orders-unusual');
    await userEvent.selectOptions(screen.getByLabelText('Metric'), 'shop.order.placed');
    expect(screen.getByRole('combobox', { name: 'Service' }).querySelectorAll('option')).toHaveLength(2);
    await userEvent.selectOptions(screen.getByLabelText('Alarm when the statistic is'), 'Outside the anomaly band');

    expect(screen.queryByLabelText('Threshold')).not.toBeInTheDocument();
    await userEvent.clear(screen.getByLabelText('Band width (standard deviations)'));
    await userEvent.type(screen.getByLabelText('Band width (standard deviations)'), '20');
    await userEvent.click(screen.getByRole('button', { name: 'Create alarm' }));
    expect(screen.getByLabelText('Band width (standard deviations)')).toHaveAccessibleDescription(
      /Enter a band width from 0.1 to 10 standard deviations/,
    );
    expect(action).not.toHaveBeenCalled();

    await userEvent.clear(screen.getByLabelText('Band width (standard deviations)'));
    await userEvent.type(screen.getByLabelText('Band width (standard deviations)'), '3');
    await userEvent.click(screen.getByRole('button', { name: 'Create alarm' }));

    expect(action).toHaveBeenCalledTimes(1);
    const sent = action.mock.calls[0]?.[1];
    expect(sent?.get('comparison')).toBe('LessThanLowerOrGreaterThanUpperThreshold');
    expect(sent?.get('standardDeviations')).toBe('3');
    expect(sent?.has('threshold')).toBe(false);
  });

  it('shows the server’s refusal beside the name', async () => {
    renderForm((state) =>
      Promise.resolve({ ...state, errors: { name: 'An alarm with this name exists: choose another name' } }),
    );
    await userEvent.type(screen.getByLabelText('Name'), 'taken');
    await userEvent.selectOptions(screen.getByLabelText('Metric'), 'shop.order.placed');
    await userEvent.type(screen.getByLabelText('Threshold'), '1');

    await userEvent.click(screen.getByRole('button', { name: 'Create alarm' }));

    expect(await screen.findByText('An alarm with this name exists: choose another name')).toBeInTheDocument();
  });
});
