import { form, gatewayMock, shopAnswers } from '@/app/admin/actions/action-spec-support';
import { VIEWER_REFUSED } from '@/lib/admin/session';
import { EMPTY_ALARM } from '@/lib/admin/observability/alarm-form';
import { deleteAlarm, saveAlarm } from './actions';

const FIELDS = {
  ...EMPTY_ALARM,
  name: 'order-errors',
  metricName: 'shop.http.server.errors',
  service: 'order',
  threshold: '3',
};
const EMPTY_STATE = { values: EMPTY_ALARM, errors: {} };

beforeEach(() => gatewayMock.mockReset());

describe('the alarm actions', () => {
  it('refuse a viewer as the API would, and send nothing to the telemetry API', async () => {
    shopAnswers(['viewer'], () => Promise.reject(new Error('must not be called')));

    const state = await saveAlarm(null, EMPTY_STATE, form(FIELDS));

    expect(state.failure).toBe(VIEWER_REFUSED);
    expect(gatewayMock).toHaveBeenCalledTimes(1);
    expect(await deleteAlarm({}, form({ name: 'order errors' }))).toEqual({ failure: VIEWER_REFUSED });
  });

  it('create an alarm with PUT under its name, then show it', async () => {
    shopAnswers(['admin'], (path) =>
      Promise.resolve(path === '/api/telemetry/alarms' ? { items: [] } : { name: 'order-errors' }),
    );

    await expect(saveAlarm(null, EMPTY_STATE, form(FIELDS))).rejects.toThrow(
      'redirect /admin/observability/alarms/order-errors?saved=1',
    );

    expect(gatewayMock).toHaveBeenLastCalledWith('/api/telemetry/alarms/order-errors', {
      method: 'PUT',
      body: {
        metric: { name: 'shop.http.server.errors', stat: 'sum', service: 'order' },
        periodSeconds: 60,
        evaluationPeriods: 5,
        datapointsToAlarm: 3,
        comparison: 'GreaterThanThreshold',
        threshold: 3,
        treatMissingData: 'missing',
      },
      credentials: { bearer: 'token-1' },
    });
  });

  it('refuse to create an alarm over another of the same name', async () => {
    shopAnswers(['admin'], () => Promise.resolve({ items: [{ name: 'order-errors' }] }));

    const state = await saveAlarm(null, EMPTY_STATE, form(FIELDS));

    expect(state.errors).toEqual({ name: 'An alarm with this name exists: choose another name' });
    expect(gatewayMock).not.toHaveBeenCalledWith(expect.stringContaining('/alarms/'), expect.anything());
  });

  it('keep the name of an edited alarm, whatever the form says', async () => {
    shopAnswers(['admin'], () => Promise.resolve({ name: 'kept' }));

    await expect(saveAlarm('kept', EMPTY_STATE, form({ ...FIELDS, name: 'renamed' }))).rejects.toThrow('redirect');

    expect(gatewayMock).toHaveBeenLastCalledWith(
      '/api/telemetry/alarms/kept',
      expect.objectContaining({ method: 'PUT' }),
    );
  });

  it('check the form on the server too', async () => {
    shopAnswers(['admin'], () => Promise.reject(new Error('must not be called')));

    const state = await saveAlarm(null, EMPTY_STATE, form({ ...FIELDS, periodSeconds: '1' }));

    expect(state.errors).toEqual({ periodSeconds: 'Enter whole seconds from 10 to 86400' });
  });

  it('delete an alarm as the admin', async () => {
    shopAnswers(['admin'], () => Promise.resolve(undefined));

    await expect(deleteAlarm({}, form({ name: 'order errors' }))).rejects.toThrow(
      'redirect /admin/observability/alarms?deleted=order%20errors',
    );
    expect(gatewayMock).toHaveBeenLastCalledWith('/api/telemetry/alarms/order%20errors', {
      method: 'DELETE',
      credentials: { bearer: 'token-1' },
    });
  });
});
