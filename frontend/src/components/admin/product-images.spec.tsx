import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ImageRemovalState, ImageUploadState } from '@/app/admin/actions/product-images';
import { ImageUploadForm, ProductImages } from './product-images';

type UploadAction = (state: ImageUploadState, form: FormData) => Promise<ImageUploadState>;

const uploadMock = () => jest.fn<ReturnType<UploadAction>, Parameters<UploadAction>>((state) => Promise.resolve(state));
// As a person choosing any file would: the file dialog's filter (accept) is only a suggestion.
const user = () => userEvent.setup({ applyAccept: false });

/**
 * jsdom builds a form's FormData from its own file list, which user-event's upload cannot fill (it
 * replaces the input's `files` property): this FormData reads the chosen files as a browser does.
 */
class FormDataWithChosenFiles extends FormData {
  constructor(form?: HTMLFormElement, submitter?: HTMLElement | null) {
    super(form, submitter);
    for (const input of form?.querySelectorAll<HTMLInputElement>('input[type=file]') ?? []) {
      this.delete(input.name);
      for (const file of Array.from(input.files ?? [])) this.append(input.name, file);
    }
  }
}

const jsdomFormData = global.FormData;
beforeAll(() => {
  global.FormData = FormDataWithChosenFiles;
});
afterAll(() => {
  global.FormData = jsdomFormData;
});

function picture(name: string, type: string, bytes = 100): File {
  return new File([new Uint8Array(bytes)], name, { type });
}

describe(ImageUploadForm.name, () => {
  it('offers only the accepted types, with a labelled file input', () => {
    render(<ImageUploadForm action={uploadMock()} />);
    expect(screen.getByLabelText('Picture')).toHaveAttribute('accept', 'image/png,image/jpeg,image/webp');
    expect(screen.getByLabelText('Alt text')).toBeInTheDocument();
  });

  it('refuses a GIF beside the file input and sends nothing', async () => {
    const action = uploadMock();
    render(<ImageUploadForm action={action} />);

    await user().upload(screen.getByLabelText('Picture'), picture('lamp.gif', 'image/gif'));
    await user().click(screen.getByRole('button', { name: 'Upload picture' }));

    const input = screen.getByLabelText('Picture');
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input).toHaveAccessibleDescription(/lamp\.gif is not a PNG, JPEG or WebP picture$/);
    expect(input).toHaveFocus();
    expect(action).not.toHaveBeenCalled();
  });

  it('refuses a picture over 5 MiB, saying how big it is', async () => {
    const action = uploadMock();
    render(<ImageUploadForm action={action} />);

    await user().upload(screen.getByLabelText('Picture'), picture('huge.png', 'image/png', 6 * 1024 * 1024));
    await user().click(screen.getByRole('button', { name: 'Upload picture' }));

    expect(screen.getByLabelText('Picture')).toHaveAccessibleDescription(
      /huge\.png is 6\.0 MiB; pictures may be at most 5 MiB$/,
    );
    expect(action).not.toHaveBeenCalled();
  });

  it('asks for a file when none was chosen', async () => {
    const action = uploadMock();
    render(<ImageUploadForm action={action} />);

    await user().click(screen.getByRole('button', { name: 'Upload picture' }));

    expect(screen.getByLabelText('Picture')).toHaveAccessibleDescription(/Choose a picture to upload$/);
    expect(action).not.toHaveBeenCalled();
  });

  it('sends a PNG with its alt text', async () => {
    const action = uploadMock();
    render(<ImageUploadForm action={action} />);
    const file = picture('lamp.png', 'image/png');

    await user().upload(screen.getByLabelText('Picture'), file);
    await user().type(screen.getByLabelText('Alt text'), 'Lamp, lit');
    await user().click(screen.getByRole('button', { name: 'Upload picture' }));

    expect(action).toHaveBeenCalledTimes(1);
    const form = action.mock.calls[0]?.[1];
    expect((form?.get('file') as File | null)?.name).toBe('lamp.png');
    expect(form?.get('alt')).toBe('Lamp, lit');
  });

  it('shows the catalog’s refusal beside the file input', async () => {
    const action = jest.fn<ReturnType<UploadAction>, Parameters<UploadAction>>(() =>
      Promise.resolve({ values: { alt: '' }, errors: { file: 'Only PNG, JPEG and WebP images can be uploaded' } }),
    );
    render(<ImageUploadForm action={action} />);

    await user().upload(screen.getByLabelText('Picture'), picture('fake.png', 'image/png'));
    await user().click(screen.getByRole('button', { name: 'Upload picture' }));

    expect(await screen.findByText('Only PNG, JPEG and WebP images can be uploaded')).toBeInTheDocument();
  });
});

describe(ProductImages.name, () => {
  const images = [
    { url: '/api/catalog/images/aurora-desk-lamp-1.svg', alt: 'Lamp, front', width: 800, height: 600 },
    { url: '/api/catalog/images/uploads/products/p/5d3c2b1a.png', alt: '', width: 7, height: 5 },
  ];

  it('shows each picture with its alt text and a Remove button that names it', () => {
    render(<ProductImages images={images} upload={uploadMock()} remove={() => Promise.resolve({})} />);

    const items = within(screen.getByRole('list')).getAllByRole('listitem');
    expect(items).toHaveLength(2);
    expect(within(items[0] as HTMLElement).getByRole('img')).toHaveAccessibleName('Lamp, front');
    expect(screen.getByRole('button', { name: 'Remove Lamp, front' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Remove Picture 2' })).toBeInTheDocument();
    expect(screen.getByText('No alt text')).toBeInTheDocument();
  });

  it('removes a picture by its file name', async () => {
    const remove = jest.fn<Promise<ImageRemovalState>, [string, ImageRemovalState]>(() => Promise.resolve({}));
    render(<ProductImages images={images} upload={uploadMock()} remove={remove} />);

    await user().click(screen.getByRole('button', { name: 'Remove Picture 2' }));

    expect(remove).toHaveBeenCalledWith('5d3c2b1a.png', {}, expect.any(FormData));
  });
});
