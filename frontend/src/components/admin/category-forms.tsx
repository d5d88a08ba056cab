'use client';

import type { CategoryFormState } from '@/app/admin/actions/categories';
import {
  categoryFormValues,
  validateCategory,
  type CategoryField,
  type CategoryFormValues,
  type ParentOption,
} from '@/lib/admin/category-tree';
import { hasErrors } from '@/lib/admin/form-data';
import { ConsoleForm } from './console-form';
import { controlClass, describedBy, Field, InputField } from '../field';
import { useCheckedAction } from './use-checked-action';

const FIELDS: readonly CategoryField[] = ['name', 'slug', 'parentId'];

type CategoryAction = (previous: CategoryFormState, form: FormData) => Promise<CategoryFormState>;

/** Checks in the browser first; the server checks again. */
function useCategoryForm(action: CategoryAction, initial: CategoryFormValues) {
  return useCheckedAction(
    action,
    initial,
    (data) => {
      const errors = validateCategory(categoryFormValues(data));
      return hasErrors(errors) ? errors : null;
    },
    FIELDS,
  );
}

interface CreateCategoryFormProps {
  action: CategoryAction;
  parents: readonly ParentOption[];
}

export function CreateCategoryForm({ action, parents }: CreateCategoryFormProps) {
  const form = useCategoryForm(action, { name: '', slug: '', parentId: '' });
  const { state, errors } = form;
  return (
    <ConsoleForm
      form={form}
      heading={{ id: 'create-category-heading', text: 'New category' }}
      failureTitle="The category was not created"
      submit={{ label: 'Create category', pending: 'Creating…' }}
      // A fresh form after each creation, with the values the server sent back.
      key={state.done ?? 'create'}
    >
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
    </ConsoleForm>
  );
}

interface RenameCategoryFormProps {
  action: CategoryAction;
  categoryId: string;
  name: string;
  slug: string;
}

export function RenameCategoryForm({ action, categoryId, name, slug }: RenameCategoryFormProps) {
  const form = useCategoryForm(action, { name, slug, parentId: '' });
  const { state, errors } = form;
  const id = `rename-${categoryId}`;
  return (
    <ConsoleForm
      form={form}
      label={`Rename ${name}`}
      failureTitle="The category was not renamed"
      submit={{ label: 'Save name', pending: 'Saving…' }}
      className="mt-2 space-y-2"
    >
      <InputField id={`${id}-name`} name="name" label="Name" defaultValue={state.values.name} error={errors.name} />
      <InputField id={`${id}-slug`} name="slug" label="Slug" defaultValue={state.values.slug} error={errors.slug} />
    </ConsoleForm>
  );
}
