'use client';

import Image from 'next/image';
import { useActionState } from 'react';
import type { ImageRemovalState, ImageUploadState } from '@/app/admin/actions/product-images';
import { failedChecks } from '@/lib/admin/form-data';
import { ACCEPTED_IMAGE_TYPES, checkImageUpload, IMAGE_UPLOAD_FIELDS, imageReference } from '@/lib/admin/image-upload';
import type { ProductImage } from '@/lib/types';
import { AdminFailure } from './admin-failure';
import { ConsoleForm } from './console-form';
import { InputField } from '../field';
import { useCheckedAction } from './use-checked-action';

type RemoveAction = (reference: string, previous: ImageRemovalState) => Promise<ImageRemovalState>;

interface ProductImagesProps {
  images: ProductImage[];
  upload: (previous: ImageUploadState, form: FormData) => Promise<ImageUploadState>;
  remove: RemoveAction;
}

/** The product's pictures, each with a Remove button, and the form that uploads another. */
export function ProductImages({ images, upload, remove }: ProductImagesProps) {
  return (
    <section aria-labelledby="product-images-heading" className="space-y-4 rounded border border-slate-300 p-4">
      <h2 id="product-images-heading" className="text-lg font-semibold">
        Pictures
      </h2>
      {images.length === 0 ? (
        <p className="text-sm text-slate-700">No pictures yet: the shop shows a grey box.</p>
      ) : (
        <ul className="grid grid-cols-2 gap-4 sm:grid-cols-3">
          {images.map((image, index) => (
            <ImageItem key={image.url} image={image} position={index + 1} remove={remove} />
          ))}
        </ul>
      )}
      <ImageUploadForm action={upload} />
    </section>
  );
}

function ImageItem({ image, position, remove }: { image: ProductImage; position: number; remove: RemoveAction }) {
  const [state, formAction, pending] = useActionState(remove.bind(null, imageReference(image.url)), {});
  const name = image.alt || `Picture ${position}`;
  return (
    <li className="space-y-2">
      {/* The picture as the shop serves it (through /api on this origin), at its own size: nothing to optimize. */}
      <Image
        unoptimized
        src={image.url}
        alt={image.alt}
        width={image.width}
        height={image.height}
        loading="lazy"
        className="aspect-[4/3] h-auto w-full rounded bg-slate-100 object-cover"
      />
      <p className="text-sm text-slate-800">
        {image.alt || <span className="text-slate-600">No alt text</span>}{' '}
        <span className="text-slate-600">
          ({image.width}×{image.height})
        </span>
      </p>
      <form action={formAction}>
        <button
          type="submit"
          disabled={pending}
          aria-label={`Remove ${name}`}
          className="rounded border border-slate-500 px-3 py-1 text-sm font-medium hover:bg-slate-100 disabled:text-slate-400"
        >
          {pending ? 'Removing…' : 'Remove'}
        </button>
      </form>
      {state.failure ? <AdminFailure failure={state.failure} title="The picture was not removed" /> : null}
    </li>
  );
}

/** Checks the file in the browser first (type and size), so a wrong file is never sent. */
export function ImageUploadForm({ action }: { action: ProductImagesProps['upload'] }) {
  const form = useCheckedAction(
    action,
    { alt: '' },
    (data) => failedChecks(checkImageUpload(data)),
    IMAGE_UPLOAD_FIELDS,
  );
  const { errors, state } = form;
  return (
    <ConsoleForm
      form={form}
      failureTitle="The picture was not uploaded"
      label="Upload a picture"
      submit={{ label: 'Upload picture', pending: 'Uploading…' }}
      className="space-y-3 border-t border-slate-200 pt-4"
    >
      <InputField
        id="image-file"
        name="file"
        type="file"
        label="Picture"
        hint="PNG, JPEG or WebP, at most 5 MiB."
        accept={ACCEPTED_IMAGE_TYPES.join(',')}
        error={errors.file}
        required
      />
      <InputField
        id="image-alt"
        name="alt"
        label="Alt text"
        hint="What the picture shows, for people who cannot see it."
        defaultValue={state.values.alt}
        error={errors.alt}
      />
    </ConsoleForm>
  );
}
