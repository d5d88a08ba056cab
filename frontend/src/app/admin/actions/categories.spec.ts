import { form, gatewayMock, shopAnswers } from './action-spec-support';
import { ApiError } from '@/lib/api-error';
import { VIEWER_REFUSED } from '@/lib/admin/session';
import { arrangeCategory, createCategory, renameCategory } from './categories';

const EMPTY = { values: { name: '', slug: '', parentId: '' }, errors: {} };
const LAMPS = 'b3c1a3a4-5a4e-4d7e-9a52-2f0f5e1e0a01';
const LIGHTING = 'b3c1a3a4-5a4e-4d7e-9a52-2f0f5e1e0a02';

beforeEach(() => gatewayMock.mockReset());

describe('the category actions', () => {
  it('refuse a viewer with 403 as the API would, and send nothing to the catalog', async () => {
    shopAnswers(['viewer'], () => Promise.reject(new Error('must not be called')));

    const created = await createCategory(EMPTY, form({ name: 'Desk lamps' }));
    const renamed = await renameCategory(LAMPS, EMPTY, form({ name: 'Lamps' }));
    const arranged = await arrangeCategory(
      { categoryId: LAMPS, move: { parentId: LIGHTING }, order: null },
      'Lamps moved to Lighting.',
    );

    expect(created.failure).toBe(VIEWER_REFUSED);
    expect(created.values).toEqual({ name: 'Desk lamps', slug: '', parentId: '' });
    expect(renamed.failure).toBe(VIEWER_REFUSED);
    expect(arranged).toEqual({ failure: VIEWER_REFUSED });
    expect(VIEWER_REFUSED.status).toBe(403);
    expect(gatewayMock.mock.calls.map(([path]) => path)).toEqual(['/api/auth/me', '/api/auth/me', '/api/auth/me']);
  });

  it('create a category under the chosen parent as the admin', async () => {
    shopAnswers(['admin'], () => Promise.resolve({ id: LAMPS, name: 'Desk lamps' }));

    const state = await createCategory(EMPTY, form({ name: ' Desk lamps ', slug: '', parentId: LIGHTING }));

    expect(gatewayMock).toHaveBeenLastCalledWith('/api/catalog/admin/categories', {
      method: 'POST',
      body: { name: 'Desk lamps', parentId: LIGHTING },
      credentials: { bearer: 'token-1' },
    });
    expect(state).toEqual({
      values: { name: '', slug: '', parentId: LIGHTING },
      errors: {},
      done: 'Created Desk lamps.',
    });
  });

  it('check the form again on the server, and put a taken slug beside the slug', async () => {
    shopAnswers(['admin'], () =>
      Promise.reject(new ApiError({ status: 409, code: 'CATEGORY_SLUG_TAKEN', message: 'taken', traceId: 't' })),
    );

    expect((await createCategory(EMPTY, form({ name: '' }))).errors).toEqual({ name: 'Enter a name' });
    expect(gatewayMock).toHaveBeenCalledTimes(1);
    expect((await renameCategory(LAMPS, EMPTY, form({ name: 'Lamps', slug: 'lamps' }))).errors).toEqual({
      slug: 'Another category has this slug',
    });
  });

  it('move and then reorder, in that order', async () => {
    shopAnswers(['admin'], () => Promise.resolve(undefined));

    const state = await arrangeCategory(
      { categoryId: LAMPS, move: { parentId: null }, order: { parentId: null, childIds: [LAMPS, LIGHTING] } },
      'Lamps moved to the top level.',
    );

    expect(state).toEqual({ done: 'Lamps moved to the top level.' });
    expect(gatewayMock.mock.calls.slice(1)).toEqual([
      [
        `/api/catalog/admin/categories/${LAMPS}/move`,
        { method: 'POST', body: { parentId: null }, credentials: { bearer: 'token-1' } },
      ],
      [
        '/api/catalog/admin/categories/order',
        { method: 'PUT', body: { parentId: null, childIds: [LAMPS, LIGHTING] }, credentials: { bearer: 'token-1' } },
      ],
    ]);
  });

  it('hand back the catalog’s refusal with its trace id, and stop there', async () => {
    shopAnswers(['admin'], () =>
      Promise.reject(
        new ApiError({ status: 422, code: 'CATEGORY_CYCLE', message: 'below itself', traceId: 'trace-9' }),
      ),
    );

    const state = await arrangeCategory(
      { categoryId: LIGHTING, move: { parentId: LAMPS }, order: { parentId: LAMPS, childIds: [LIGHTING] } },
      'moved',
    );

    expect(state).toEqual({
      failure: { status: 422, code: 'CATEGORY_CYCLE', message: 'below itself', traceId: 'trace-9' },
    });
    expect(gatewayMock).toHaveBeenCalledTimes(2);
  });
});
