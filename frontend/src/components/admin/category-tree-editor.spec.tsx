import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ArrangeState, CategoryFormState } from '@/app/admin/actions/categories';
import type { CategoryPlan } from '@/lib/admin/category-tree';
import type { CategoryNode } from '@/lib/types';
import { CategoryTreeEditor } from './category-tree-editor';

function node(id: string, name: string, children: CategoryNode[] = []): CategoryNode {
  return { id, name, slug: id, position: 0, productCount: 2, children };
}

const TREE: CategoryNode[] = [node('lighting', 'Lighting', [node('lamps', 'Lamps')]), node('garden', 'Garden')];

type Arrange = (plan: CategoryPlan, description: string) => Promise<ArrangeState>;
const rename = (_id: string, state: CategoryFormState) => Promise.resolve(state);

function renderEditor(answer: ArrangeState) {
  const arrange = jest.fn<ReturnType<Arrange>, Parameters<Arrange>>(() => Promise.resolve(answer));
  render(<CategoryTreeEditor tree={TREE} arrange={arrange} rename={rename} />);
  return arrange;
}

/** jsdom has no DataTransfer: the part of it the editor uses. */
function dataTransfer() {
  const data = new Map<string, string>();
  return {
    setData: (type: string, value: string) => data.set(type, value),
    getData: (type: string) => data.get(type) ?? '',
    effectAllowed: 'all',
    dropEffect: 'none',
  };
}

describe(CategoryTreeEditor.name, () => {
  it('moves a category up with the keyboard, and says so', async () => {
    const arrange = renderEditor({ done: 'Garden moved within the top level.' });

    screen.getByRole('button', { name: 'Move Garden up' }).focus();
    await userEvent.keyboard('{Enter}');

    expect(arrange).toHaveBeenCalledWith(
      { categoryId: 'garden', move: null, order: { parentId: null, childIds: ['garden', 'lighting'] } },
      'Garden moved within the top level.',
    );
    await screen.findByText('Garden moved within the top level.');
    expect(screen.getByRole('button', { name: 'Move Lighting up' })).toBeDisabled();
  });

  it('moves a category under the parent chosen in "move to"', async () => {
    const arrange = renderEditor({ done: 'ok' });

    await userEvent.selectOptions(screen.getByLabelText('New parent of Garden'), 'lamps');
    await userEvent.click(screen.getByRole('button', { name: 'Move Garden to the chosen parent' }));

    expect(arrange).toHaveBeenCalledWith(
      { categoryId: 'garden', move: { parentId: 'lamps' }, order: null },
      'Garden moved to Lamps.',
    );
    expect(
      within(screen.getByLabelText('New parent of Lighting'))
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['Top level', 'Garden']);
  });

  it('shows the catalog’s refusal with its trace id beside the category', async () => {
    renderEditor({
      failure: { status: 422, code: 'CATEGORY_TOO_DEEP', message: 'Categories nest at most 8 deep', traceId: 'abc123' },
    });

    await userEvent.selectOptions(screen.getByLabelText('New parent of Lamps'), 'garden');
    await userEvent.click(screen.getByRole('button', { name: 'Move Lamps to the chosen parent' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Lamps was not moved');
    expect(alert).toHaveTextContent('Categories nest at most 8 deep');
    expect(alert).toHaveTextContent('abc123');
  });

  it('moves by drag and drop into the middle of another row', async () => {
    const arrange = renderEditor({ done: 'ok' });
    const transfer = dataTransfer();

    fireEvent.dragStart(screen.getByTestId('category-row-garden'), { dataTransfer: transfer });
    // jsdom lays nothing out: every box is 0 high, so a drop counts as the row's middle.
    fireEvent.dragOver(screen.getByTestId('category-row-lamps'), { dataTransfer: transfer });
    fireEvent.drop(screen.getByTestId('category-row-lamps'), { dataTransfer: transfer });

    await screen.findByText('ok');
    expect(arrange).toHaveBeenCalledWith(
      { categoryId: 'garden', move: { parentId: 'lamps' }, order: null },
      'Garden moved to Lamps.',
    );
  });

  it('refuses a drop into the category’s own subtree without calling the catalog', async () => {
    const arrange = renderEditor({ done: 'ok' });
    const transfer = dataTransfer();

    fireEvent.dragStart(screen.getByTestId('category-row-lighting'), { dataTransfer: transfer });
    fireEvent.drop(screen.getByTestId('category-row-lamps'), { dataTransfer: transfer });

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'A category cannot be moved into its own subcategories.',
    );
    expect(arrange).not.toHaveBeenCalled();
  });
});
