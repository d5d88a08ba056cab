/** @jest-environment node */
import { form, gatewayMock, shopAnswers } from './action-spec-support';
import { ApiError } from '@/lib/api-error';
import { VIEWER_REFUSED } from '@/lib/admin/session';
import { removeProductImage, uploadProductImage } from './product-images';

const PRODUCT_ID = '5f1d7a0e-0c7b-4c1e-9d0e-8f0f3f0e2d11';
const BEFORE = { values: { alt: '' }, errors: {} };
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function uploadForm(file: File, alt = ''): FormData {
  const data = form({ alt });
  data.set('file', file);
  return data;
}

beforeEach(() => gatewayMock.mockReset());

describe(uploadProductImage.name, () => {
  it('refuses a viewer as the API would, and sends the catalog nothing', async () => {
    shopAnswers(['viewer'], () => Promise.reject(new Error('must not be called')));

    const state = await uploadProductImage(
      PRODUCT_ID,
      BEFORE,
      uploadForm(new File([PNG], 'a.png', { type: 'image/png' })),
    );

    expect(state.failure).toBe(VIEWER_REFUSED);
    expect(gatewayMock).toHaveBeenCalledTimes(1);
  });

  it('forwards the file and its alt text as multipart with the operator’s token', async () => {
    shopAnswers(['admin'], () => Promise.resolve({ id: PRODUCT_ID }));

    const state = await uploadProductImage(
      PRODUCT_ID,
      BEFORE,
      uploadForm(new File([PNG], 'lamp.png', { type: 'image/png' }), ' Lamp, lit '),
    );

    const [path, request] = gatewayMock.mock.calls.at(-1) ?? [];
    expect(path).toBe(`/api/catalog/admin/products/${PRODUCT_ID}/images`);
    expect(request).toMatchObject({ method: 'POST', credentials: { bearer: 'token-1' } });
    const sent = request?.body as FormData;
    expect(sent).toBeInstanceOf(FormData);
    expect(sent.get('alt')).toBe('Lamp, lit');
    const file = sent.get('file') as File;
    expect(file.name).toBe('lamp.png');
    expect(new Uint8Array(await file.arrayBuffer())).toEqual(PNG);
    expect(state).toEqual({ values: { alt: '' }, errors: {}, done: 'Uploaded lamp.png.' });
  });

  it('checks the file again on the server before calling the catalog', async () => {
    shopAnswers(['admin'], () => Promise.reject(new Error('must not be called')));

    const state = await uploadProductImage(
      PRODUCT_ID,
      BEFORE,
      uploadForm(new File(['GIF89a'], 'a.gif', { type: 'image/gif' })),
    );

    expect(state.errors).toEqual({ file: 'a.gif is not a PNG, JPEG or WebP picture' });
    expect(gatewayMock).toHaveBeenCalledTimes(1);
  });

  it('shows the catalog’s refusal of the bytes beside the file input', async () => {
    shopAnswers(['admin'], () =>
      Promise.reject(
        new ApiError({ status: 400, code: 'INVALID_IMAGE', message: 'Only PNG, JPEG and WebP images can be uploaded' }),
      ),
    );

    const state = await uploadProductImage(
      PRODUCT_ID,
      BEFORE,
      uploadForm(new File(['text'], 'a.png', { type: 'image/png' })),
    );

    expect(state.errors).toEqual({ file: 'Only PNG, JPEG and WebP images can be uploaded' });
  });
});

describe(removeProductImage.name, () => {
  it('deletes the picture by its file name', async () => {
    shopAnswers(['admin'], () => Promise.resolve({ id: PRODUCT_ID }));

    await expect(removeProductImage(PRODUCT_ID, 'a b.png', {})).resolves.toEqual({});

    expect(gatewayMock).toHaveBeenLastCalledWith(`/api/catalog/admin/products/${PRODUCT_ID}/images/a%20b.png`, {
      method: 'DELETE',
      credentials: { bearer: 'token-1' },
    });
  });

  it('refuses a viewer', async () => {
    shopAnswers(['viewer'], () => Promise.reject(new Error('must not be called')));

    await expect(removeProductImage(PRODUCT_ID, '0', {})).resolves.toEqual({ failure: VIEWER_REFUSED });
  });
});
