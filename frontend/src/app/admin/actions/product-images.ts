'use server';

import { revalidatePath } from 'next/cache';
import { submitChecked } from '@/lib/admin/form-action';
import type { FormState } from '@/lib/admin/form-state';
import {
  checkImageUpload,
  imageUploadValues,
  uploadFormData,
  type ImageUploadField,
  type ImageUploadValues,
} from '@/lib/admin/image-upload';
import { adminForAction, asOperator, isRefusal } from '@/lib/admin/session';
import type { AdminProduct } from '@/lib/admin/types';
import { ApiError } from '@/lib/api-error';
import { failureOf } from '@/lib/results';
import type { Failure } from '@/lib/types';

export type ImageUploadState = FormState<ImageUploadValues, ImageUploadField>;

const imagesPath = (productId: string) => `/api/catalog/admin/products/${encodeURIComponent(productId)}/images`;

/** What the catalog refused about the file, shown beside the file input. */
function fileErrorOf(error: unknown): Partial<Record<ImageUploadField, string>> | null {
  if (!(error instanceof ApiError)) return null;
  if (error.code === 'INVALID_IMAGE' || error.code === 'TOO_MANY_IMAGES') return { file: error.message };
  if (error.code === 'PAYLOAD_TOO_LARGE') return { file: 'The picture is larger than 5 MiB' };
  return null;
}

function refreshProductPages(productId: string): void {
  revalidatePath(`/admin/products/${productId}/edit`);
  revalidatePath('/admin/products');
}

/** Sends the chosen picture to the catalog as multipart, as the operator; a viewer is refused. */
export async function uploadProductImage(
  productId: string,
  _previous: ImageUploadState,
  form: FormData,
): Promise<ImageUploadState> {
  const saved = await submitChecked(
    imageUploadValues(form),
    () => checkImageUpload(form),
    (upload, operator) =>
      asOperator<AdminProduct>(operator, imagesPath(productId), { method: 'POST', body: uploadFormData(upload) }),
    fileErrorOf,
  );
  if (!saved.ok) return saved.state;
  refreshProductPages(productId);
  return { values: { alt: '' }, errors: {}, done: `Uploaded ${saved.body.file.name}.` };
}

export interface ImageRemovalState {
  failure?: Failure;
}

/** Takes one picture off the product (by its file name); the catalog keeps the stored object. */
export async function removeProductImage(
  productId: string,
  reference: string,
  _previous: ImageRemovalState,
): Promise<ImageRemovalState> {
  const operator = await adminForAction();
  if (isRefusal(operator)) return { failure: operator };
  try {
    await asOperator<AdminProduct>(operator, `${imagesPath(productId)}/${encodeURIComponent(reference)}`, {
      method: 'DELETE',
    });
  } catch (error) {
    return { failure: failureOf(error) };
  }
  refreshProductPages(productId);
  return {};
}
