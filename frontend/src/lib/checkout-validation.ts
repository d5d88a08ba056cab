/** The checkout form's fields, as typed. */
export interface CheckoutFields {
  email: string;
  fullName: string;
  line1: string;
  line2: string;
  city: string;
  postalCode: string;
  country: string;
  phone: string;
}

export type CheckoutField = keyof CheckoutFields;
export type CheckoutErrors = Partial<Record<CheckoutField, string>>;

export const CHECKOUT_LABELS: Record<CheckoutField, string> = {
  email: 'Email',
  fullName: 'Full name',
  line1: 'Address line 1',
  line2: 'Address line 2 (optional)',
  city: 'Town or city',
  postalCode: 'Postcode',
  country: 'Country',
  phone: 'Phone (optional)',
};

/** Countries the shop ships to (ISO 3166-1 alpha-2). */
export const COUNTRIES: ReadonlyArray<{ code: string; name: string }> = [
  { code: 'AT', name: 'Austria' },
  { code: 'BE', name: 'Belgium' },
  { code: 'DK', name: 'Denmark' },
  { code: 'FI', name: 'Finland' },
  { code: 'FR', name: 'France' },
  { code: 'DE', name: 'Germany' },
  { code: 'IE', name: 'Ireland' },
  { code: 'IT', name: 'Italy' },
  { code: 'NL', name: 'Netherlands' },
  { code: 'NO', name: 'Norway' },
  { code: 'PL', name: 'Poland' },
  { code: 'PT', name: 'Portugal' },
  { code: 'ES', name: 'Spain' },
  { code: 'SE', name: 'Sweden' },
  { code: 'CH', name: 'Switzerland' },
  { code: 'GB', name: 'United Kingdom' },
  { code: 'US', name: 'United States' },
];

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const POSTAL_CODE = /^[A-Za-z0-9][A-Za-z0-9 -]{0,19}$/;
const PHONE = /^\+?[0-9 ()-]{4,30}$/;

function required(value: string, label: string, max: number): string | undefined {
  if (value.trim() === '') return `Enter your ${label.toLowerCase()}`;
  if (value.length > max) return `${label} must be at most ${max} characters`;
  return undefined;
}

/**
 * The order service's rules for a checkout, checked before sending so that the shopper sees every
 * problem at once, beside its field. `emailRequired` is false for a signed-in customer.
 */
export function validateCheckout(fields: CheckoutFields, emailRequired: boolean): CheckoutErrors {
  const errors: CheckoutErrors = {};
  const email = fields.email.trim();
  if (emailRequired && email === '') errors.email = 'Enter your email address';
  else if (email !== '' && (!EMAIL.test(email) || email.length > 254)) {
    errors.email = 'Enter an email address like name@example.com';
  }
  const fullName = required(fields.fullName, 'Full name', 200);
  if (fullName) errors.fullName = fullName;
  const line1 = required(fields.line1, 'Address line 1', 200);
  if (line1) errors.line1 = line1;
  if (fields.line2.length > 200) errors.line2 = 'Address line 2 must be at most 200 characters';
  const city = required(fields.city, 'Town or city', 100);
  if (city) errors.city = city;
  const postalCode = fields.postalCode.trim();
  if (postalCode === '') errors.postalCode = 'Enter your postcode';
  else if (!POSTAL_CODE.test(postalCode)) errors.postalCode = 'Use up to 20 letters, digits, spaces or dashes';
  if (!COUNTRIES.some((country) => country.code === fields.country)) errors.country = 'Choose a country';
  const phone = fields.phone.trim();
  if (phone !== '' && !PHONE.test(phone)) errors.phone = 'Use 4 to 30 digits, spaces, dashes or brackets';
  return errors;
}

export function emptyCheckoutFields(): CheckoutFields {
  return { email: '', fullName: '', line1: '', line2: '', city: '', postalCode: '', country: '', phone: '' };
}

/** The order service's body for these fields (trimmed; optional fields left out when empty). */
export function placeOrderBody(fields: CheckoutFields, includeEmail: boolean) {
  const optional = (value: string) => (value.trim() === '' ? undefined : value.trim());
  const line2 = optional(fields.line2);
  const phone = optional(fields.phone);
  return {
    ...(includeEmail ? { email: fields.email.trim() } : {}),
    shippingAddress: {
      fullName: fields.fullName.trim(),
      line1: fields.line1.trim(),
      ...(line2 ? { line2 } : {}),
      city: fields.city.trim(),
      postalCode: fields.postalCode.trim(),
      country: fields.country,
      ...(phone ? { phone } : {}),
    },
  };
}

/** Maps the order service's 400 details (`shippingAddress.postalCode must ...`) back to form fields. */
export function fieldErrorsFromApi(details: unknown): CheckoutErrors {
  if (!Array.isArray(details)) return {};
  const errors: CheckoutErrors = {};
  for (const detail of details) {
    const text = typeof detail === 'string' ? detail : JSON.stringify(detail);
    const field = (Object.keys(CHECKOUT_LABELS) as CheckoutField[]).find((name) =>
      new RegExp(`\\b${name}\\b`).test(text),
    );
    if (field && !errors[field]) errors[field] = text;
  }
  return errors;
}
