import type { Checked } from './form-action';
import { textField } from './form-data';

/** What the catalog takes: PNG, JPEG or WebP (it checks the bytes), at most 5 MiB. */
export const ACCEPTED_IMAGE_TYPES = ['image/png', 'image/jpeg', 'image/webp'] as const;
export const MAX_IMAGE_BYTES = 5 * 1024 * 1024;
export const MAX_ALT_LENGTH = 300;

export const IMAGE_UPLOAD_FIELDS = ['file', 'alt'] as const;
export type ImageUploadField = (typeof IMAGE_UPLOAD_FIELDS)[number];

/** The text the form keeps between submissions (a file input cannot be refilled). */
export interface ImageUploadValues {
  alt: string;
}

export interface ImageUpload {
  file: File;
  alt: string;
}

export function imageUploadValues(form: FormData): ImageUploadValues {
  return { alt: textField(form, 'alt').trim() };
}

function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MiB`;
}

/** The message for a chosen file the catalog would refuse, or undefined when it may be sent. */
export function imageFileProblem(file: FormDataEntryValue | null): string | undefined {
  if (!(file instanceof File) || file.size === 0) return 'Choose a picture to upload';
  if (!(ACCEPTED_IMAGE_TYPES as readonly string[]).includes(file.type)) {
    return `${file.name} is not a PNG, JPEG or WebP picture`;
  }
  if (file.size > MAX_IMAGE_BYTES) return `${file.name} is ${megabytes(file.size)}; pictures may be at most 5 MiB`;
  return undefined;
}

/** The form checked the way the catalog will check it (which also reads the file's bytes). */
export function checkImageUpload(form: FormData): Checked<ImageUpload, ImageUploadField> {
  const file = form.get('file');
  const { alt } = imageUploadValues(form);
  const errors = {
    file: imageFileProblem(file),
    alt: alt.length > MAX_ALT_LENGTH ? `At most ${MAX_ALT_LENGTH} characters` : undefined,
  };
  if (errors.file !== undefined || errors.alt !== undefined) {
    return { ok: false, errors: Object.fromEntries(Object.entries(errors).filter(([, error]) => error)) };
  }
  return { ok: true, body: { file: file as File, alt } };
}

/** The multipart body the catalog's upload route reads: the file and its alt text. */
export function uploadFormData(upload: ImageUpload): FormData {
  const form = new FormData();
  form.set('file', upload.file, upload.file.name);
  if (upload.alt !== '') form.set('alt', upload.alt);
  return form;
}

/** The name an image is removed by: the last segment of its URL (an upload's `<uuid>.png`, a placeholder's). */
export function imageReference(url: string): string {
  return url.split('/').at(-1) ?? url;
}
