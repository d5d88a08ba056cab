'use client';

import { useActionState, useState, type FormEvent } from 'react';
import type { CategoryFormState } from '@/app/admin/actions/categories';
import {
  categoryFormValues,
  validateCategory,
  type CategoryField,
  type CategoryFormValues,
  type ParentOption,
} from '@/lib/admin/category-tree';
import { hasErrors, type FieldErrors } from '@/lib/admin/form-data';
import { AdminFailure, DoneMessage } from './admin-failure';
import { controlClass, describedBy, Field, focusFirstError, InputField } from './field';

const BUTTON =
  'rounded bg-slate-900 px-4 py-2 text-sm font-semibold text-white hover:bg-slate-700 disabled:bg-slate-400';
const FIELDS: readonly CategoryField[] = ['name', 'slug', 'parentId'];

type CategoryAction = (previous: CategoryFormState, form: FormData) => Promise<CategoryFormState>;

/** Checks in the browser first; the server checks again. */
function useCategoryForm(action: CategoryAction, initial: CategoryFormValues) {
  const [state, formAction, pending] = useActionState(action, { values: initial, errors: {} });
  const [clientErrors, setClientErrors] = useState<FieldErrors<CategoryField> | null>(null);

  function check(event: FormEvent<HTMLFormElement>) {
    const errors = validateCategory(categoryFormValues(new FormData(event.currentTarget)));
    if (!hasErrors(errors)) return setClientErrors(null);
    event.preventDefault();
    setClientErrors(errors);
    focusFirstError(event.currentTarget, FIELDS, errors);
  }

  return { state, formAction, pending, check, errors: clientErrors ?? state.errors };
}

interface CreateCategoryFormProps {
  action: CategoryAction;
  parents: readonly ParentOption[];
}

export function CreateCategoryForm({ action, parents }: CreateCategoryFormProps) {
  const { state, formAction, pending, check, errors } = useCategoryForm(action, { name: '', slug: '', parentId: '' });
  return (
    <form
      action={formAction}
      onSubmit={check}
      noValidate
      aria-labelledby="create-category-heading"
      aria-busy={pending}
      className="space-y-3"
      // A fresh form after each creation, with the values the server sent back.
      key={state.done ?? 'create'}
    >
      <h2 id="create-category-heading" className="text-lg font-semibold">
        New category
      </h2>
      {state.failure ? <AdminFailure failure={state.failure} title="The category was not created" /> : null}
      <InputField
        id="category-name"
        name="name"
        label="Name"
        defaultValue={state.values.name}
        error={errors.name}
        required
      />
      <InputField
        id="category-slug"
        name="slug"
        label="Slug (optional)"
        hint="Made from the name when empty."
        defaultValue={state.values.slug}
        error={errors.slug}
      />
      <Field id="category-parent" label="Parent (optional)" error={errors.parentId}>
        <select
          id="category-parent"
          name="parentId"
          defaultValue={state.values.parentId}
          aria-describedby={describedBy('category-parent', false, errors.parentId)}
          className={controlClass(errors.parentId)}
        >
          <option value="">None: top level</option>
          {parents.map((parent) => (
            <option key={parent.id} value={parent.id}>
              {`${'\u2003'.repeat(parent.depth)}${parent.name}`}
            </option>
          ))}
        </select>
      </Field>
      <DoneMessage text={state.done} />
      <button type="submit" disabled={pending} className={BUTTON}>
        {pending ? 'Creating…' : 'Create category'}
      </button>
    </form>
  );
}

interface RenameCategoryFormProps {
  action: CategoryAction;
  categoryId: string;
  name: string;
  slug: string;
}

export function RenameCategoryForm({ action, categoryId, name, slug }: RenameCategoryFormProps) {
  const { state, formAction, pending, check, errors } = useCategoryForm(action, { name, slug, parentId: '' });
  const id = `rename-${categoryId}`;
  return (
    <form
      action={formAction}
      onSubmit={check}
      noValidate
      aria-label={`Rename ${name}`}
      aria-busy={pending}
      className="mt-2 space-y-2"
    >
      {state.failure ? <AdminFailure failure={state.failure} title="The category was not renamed" /> : null}
      <InputField id={`${id}-name`} name="name" label="Name" defaultValue={state.values.name} error={errors.name} />
      <InputField id={`${id}-slug`} name="slug" label="Slug" defaultValue={state.values.slug} error={errors.slug} />
      <DoneMessage text={state.done} />
      <button type="submit" disabled={pending} className={BUTTON}>
        {pending ? 'Saving…' : 'Save name'}
      </button>
    </form>
  );
}
