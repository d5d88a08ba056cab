import { form, gatewayMock, shopAnswers } from './action-spec-support';
import { ApiError } from '@/lib/api-error';
import { VIEWER_REFUSED } from '@/lib/admin/session';
import { adjustStock, receiveStock } from './inventory';

const EMPTY = { values: { delta: '', reason: '' }, errors: {} };

beforeEach(() => gatewayMock.mockReset());

describe('the stock actions', () => {
  it('refuse a viewer as the API would, and send nothing to the inventory', async () => {
    shopAnswers(['viewer'], () => Promise.reject(new Error('must not be called')));

    const state = await receiveStock(
      'LMP-1',
      { values: { quantity: '', note: '' }, errors: {} },
      form({ quantity: '5' }),
    );

    expect(state.failure).toBe(VIEWER_REFUSED);
    expect(state.values).toEqual({ quantity: '5', note: '' });
    expect(gatewayMock).toHaveBeenCalledTimes(1);
  });

  it('book a valid adjustment as the admin, with the reason', async () => {
    shopAnswers(['admin'], () => Promise.resolve({ sku: 'LMP-1', onHand: 7, available: 6 }));

    const state = await adjustStock('LMP-1', EMPTY, form({ delta: '-3', reason: 'Count' }));

    expect(gatewayMock).toHaveBeenLastCalledWith('/api/inventory/admin/stock/LMP-1/adjustments', {
      method: 'POST',
      body: { delta: -3, reason: 'Count' },
      credentials: { bearer: 'token-1' },
    });
    expect(state).toEqual({
      values: { delta: '', reason: '' },
      errors: {},
      done: 'Adjusted by -3: 7 on hand, 6 available.',
    });
  });

  it('check the form again on the server before calling the inventory', async () => {
    shopAnswers(['admin'], () => Promise.reject(new Error('must not be called')));

    const state = await adjustStock('LMP-1', EMPTY, form({ delta: '0', reason: '' }));

    expect(Object.keys(state.errors)).toEqual(['delta', 'reason']);
    expect(gatewayMock).toHaveBeenCalledTimes(1);
  });

  it('explain going below the reserved units beside the change', async () => {
    shopAnswers(['admin'], () =>
      Promise.reject(new ApiError({ status: 409, code: 'INSUFFICIENT_STOCK', message: 'no', traceId: 't' })),
    );

    const state = await adjustStock('LMP-1', EMPTY, form({ delta: '-50', reason: 'Count' }));

    expect(state.errors).toEqual({ delta: 'That would leave fewer units on hand than are reserved for orders' });
    expect(state.values).toEqual({ delta: '-50', reason: 'Count' });
  });

  it('show any other failure with its trace id', async () => {
    shopAnswers(['admin'], () =>
      Promise.reject(new ApiError({ status: 503, code: 'UNAVAILABLE', message: 'down', traceId: '1-2-3' })),
    );

    const state = await receiveStock(
      'LMP-1',
      { values: { quantity: '', note: '' }, errors: {} },
      form({ quantity: '2' }),
    );

    expect(state.failure).toMatchObject({ status: 503, traceId: '1-2-3' });
  });
});
