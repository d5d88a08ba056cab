import { hasErrors, textField, textFields, type FieldErrors } from './form-data';
import { PRODUCT_STATUSES, type AdminProduct, type ProductStatus } from './types';

// The catalog's own rules (services/catalog/src/shared/dto/validation-patterns.ts), so the form
// explains a mistake before the API refuses it.
const SKU_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;
const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const AMOUNT_PATTERN = /^(0|[1-9]\d{0,9})(\.\d{1,2})?$/;
const CURRENCY_PATTERN = /^[A-Z]{3}$/;
const MAX_NAME_LENGTH = 200;
const MAX_SLUG_LENGTH = 120;
const MAX_DESCRIPTION_LENGTH = 10_000;
const MAX_CATEGORIES = 20;

export const PRODUCT_FIELDS = [
  'sku',
  'name',
  'slug',
  'description',
  'amount',
  'currency',
  'status',
  'categoryIds',
] as const;
export type ProductField = (typeof PRODUCT_FIELDS)[number];

/** What the operator typed, kept as text so a refused form comes back as it was. */
export interface ProductFormValues {
  sku: string;
  name: string;
  slug: string;
  description: string;
  amount: string;
  currency: string;
  status: string;
  categoryIds: string[];
}

/** The body of POST /api/catalog/admin/products (and of PATCH, which takes any subset). */
export interface ProductRequestBody {
  sku: string;
  name: string;
  slug?: string;
  description: string;
  price: { amount: string; currency: string };
  status: ProductStatus;
  categoryIds: string[];
}

export type ProductValidation =
  { ok: true; body: ProductRequestBody } | { ok: false; errors: FieldErrors<ProductField> };

export const EMPTY_PRODUCT: ProductFormValues = {
  sku: '',
  name: '',
  slug: '',
  description: '',
  amount: '',
  currency: 'EUR',
  status: 'draft',
  categoryIds: [],
};

export function productFormValues(form: FormData): ProductFormValues {
  return {
    sku: textField(form, 'sku').trim(),
    name: textField(form, 'name').trim(),
    slug: textField(form, 'slug').trim(),
    description: textField(form, 'description'),
    amount: textField(form, 'amount').trim(),
    currency: textField(form, 'currency').trim().toUpperCase(),
    status: textField(form, 'status'),
    categoryIds: textFields(form, 'categoryIds'),
  };
}

export function productValuesOf(product: AdminProduct): ProductFormValues {
  return {
    sku: product.sku,
    name: product.name,
    slug: product.slug,
    description: product.description,
    amount: product.price.amount,
    currency: product.price.currency,
    status: product.status,
    categoryIds: product.categories.map((category) => category.id),
  };
}

function isStatus(value: string): value is ProductStatus {
  return (PRODUCT_STATUSES as readonly string[]).includes(value);
}

/** The errors without the fields whose check passed. */
function withoutEmpty<K extends string>(errors: FieldErrors<K>): FieldErrors<K> {
  return Object.fromEntries(Object.entries(errors).filter(([, message]) => message !== undefined)) as FieldErrors<K>;
}

function nameError(name: string): string | undefined {
  if (name === '') return 'Enter a name';
  return name.length > MAX_NAME_LENGTH ? `Use at most ${MAX_NAME_LENGTH} characters` : undefined;
}

function amountError(amount: string): string | undefined {
  if (amount === '') return 'Enter a price';
  return AMOUNT_PATTERN.test(amount) ? undefined : 'Enter an amount like 19.99: digits, a dot and at most two decimals';
}

function currencyError(currency: string): string | undefined {
  return CURRENCY_PATTERN.test(currency) ? undefined : 'Enter a three-letter currency code like EUR';
}

/** Checks a product form the way the catalog will; the body to send when nothing is wrong. */
export function validateProduct(values: ProductFormValues): ProductValidation {
  const errors: FieldErrors<ProductField> = {};
  if (values.sku === '') errors.sku = 'Enter a SKU';
  else if (!SKU_PATTERN.test(values.sku)) {
    errors.sku = 'Use up to 64 letters, digits, dots, dashes or underscores, starting with a letter or digit';
  }
  errors.name = nameError(values.name);
  if (values.slug.length > MAX_SLUG_LENGTH) errors.slug = `Use at most ${MAX_SLUG_LENGTH} characters`;
  else if (values.slug !== '' && !SLUG_PATTERN.test(values.slug)) {
    errors.slug = 'Use lowercase letters and digits joined by single hyphens, like desk-lamp-2';
  }
  if (values.description.length > MAX_DESCRIPTION_LENGTH) {
    errors.description = `Use at most ${MAX_DESCRIPTION_LENGTH} characters`;
  }
  errors.amount = amountError(values.amount);
  errors.currency = currencyError(values.currency);
  if (!isStatus(values.status)) errors.status = 'Choose draft, active or archived';
  if (values.categoryIds.length > MAX_CATEGORIES) errors.categoryIds = `Choose at most ${MAX_CATEGORIES} categories`;
  if (hasErrors(errors) || !isStatus(values.status)) return { ok: false, errors: withoutEmpty(errors) };
  return {
    ok: true,
    body: {
      sku: values.sku,
      name: values.name,
      ...(values.slug === '' ? {} : { slug: values.slug }),
      description: values.description,
      price: { amount: values.amount, currency: values.currency },
      status: values.status,
      categoryIds: values.categoryIds,
    },
  };
}

export const PRODUCT_ROW_FIELDS = ['name', 'amount', 'currency'] as const;
export type ProductRowField = (typeof PRODUCT_ROW_FIELDS)[number];

/** What the products table's inline edit changes: the name and the price (the currency stays the product's). */
export type ProductRowValues = Pick<ProductFormValues, ProductRowField>;

/** The body of the PATCH the inline edit sends: only what it changes. */
export type ProductRowRequestBody = Pick<ProductRequestBody, 'name' | 'price'>;

export function productRowValues(form: FormData): ProductRowValues {
  const { name, amount, currency } = productFormValues(form);
  return { name, amount, currency };
}

/** Checks an inline edit with the product form's rules for these fields. */
export function validateProductRow(
  values: ProductRowValues,
): { ok: true; body: ProductRowRequestBody } | { ok: false; errors: FieldErrors<ProductRowField> } {
  const errors: FieldErrors<ProductRowField> = {
    name: nameError(values.name),
    amount: amountError(values.amount),
    currency: currencyError(values.currency),
  };
  if (hasErrors(errors)) return { ok: false, errors: withoutEmpty(errors) };
  return { ok: true, body: { name: values.name, price: { amount: values.amount, currency: values.currency } } };
}
