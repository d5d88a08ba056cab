import { form, gatewayMock, shopAnswers } from './action-spec-support';
import { ApiError } from '@/lib/api-error';
import { VIEWER_REFUSED } from '@/lib/admin/session';
import { updateProductRow } from './products';

const BEFORE = { values: { name: 'Aurora lamp', amount: '19.99', currency: 'EUR' }, errors: {} };
const PRODUCT_ID = '5f1d7a0e-0c7b-4c1e-9d0e-8f0f3f0e2d11';

beforeEach(() => gatewayMock.mockReset());

describe(updateProductRow.name, () => {
  it('refuses a viewer as the API would, and sends the catalog nothing', async () => {
    shopAnswers(['viewer'], () => Promise.reject(new Error('must not be called')));

    const state = await updateProductRow(PRODUCT_ID, BEFORE, form({ name: 'New', amount: '5', currency: 'EUR' }));

    expect(state.failure).toBe(VIEWER_REFUSED);
    expect(state.saved).toBeUndefined();
    expect(gatewayMock).toHaveBeenCalledTimes(1);
  });

  it('patches only the name and the price, and answers with what the catalog saved', async () => {
    shopAnswers(['admin'], () =>
      Promise.resolve({ id: PRODUCT_ID, name: 'Aurora lamp II', price: { amount: '21.5', currency: 'EUR' } }),
    );

    const state = await updateProductRow(
      PRODUCT_ID,
      BEFORE,
      form({ name: ' Aurora lamp II ', amount: '21.50', currency: 'EUR' }),
    );

    expect(gatewayMock).toHaveBeenLastCalledWith(`/api/catalog/admin/products/${PRODUCT_ID}`, {
      method: 'PATCH',
      body: { name: 'Aurora lamp II', price: { amount: '21.50', currency: 'EUR' } },
      credentials: { bearer: 'token-1' },
    });
    expect(state).toEqual({
      values: { name: 'Aurora lamp II', amount: '21.5', currency: 'EUR' },
      errors: {},
      saved: { name: 'Aurora lamp II', price: { amount: '21.5', currency: 'EUR' } },
      done: 'Saved Aurora lamp II.',
    });
  });

  it('checks the fields again on the server before calling the catalog', async () => {
    shopAnswers(['admin'], () => Promise.reject(new Error('must not be called')));

    const state = await updateProductRow(PRODUCT_ID, BEFORE, form({ name: '', amount: '1,50', currency: 'EUR' }));

    expect(Object.keys(state.errors)).toEqual(['name', 'amount']);
    expect(state.values).toEqual({ name: '', amount: '1,50', currency: 'EUR' });
    expect(gatewayMock).toHaveBeenCalledTimes(1);
  });

  it('shows the catalog’s refusal with its trace id and keeps what was typed', async () => {
    shopAnswers(['admin'], () =>
      Promise.reject(new ApiError({ status: 404, code: 'PRODUCT_NOT_FOUND', message: 'gone', traceId: 't-1' })),
    );

    const state = await updateProductRow(PRODUCT_ID, BEFORE, form({ name: 'New', amount: '5', currency: 'EUR' }));

    expect(state.failure).toMatchObject({ status: 404, traceId: 't-1' });
    expect(state.values).toEqual({ name: 'New', amount: '5', currency: 'EUR' });
  });
});
