import { registerDecorator, type ValidationOptions } from 'class-validator';

const MAX_ATTRIBUTES = 50;
const MAX_KEY_LENGTH = 60;
const MAX_TEXT_LENGTH = 500;

function isAttributeValue(value: unknown): boolean {
  if (typeof value === 'string') return value.length <= MAX_TEXT_LENGTH;
  if (typeof value === 'number') return Number.isFinite(value);
  return typeof value === 'boolean';
}

/** Product attributes: a flat object of at most 50 names, each a string, finite number or boolean. */
export function isProductAttributes(value: unknown): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const entries = Object.entries(value);
  return (
    entries.length <= MAX_ATTRIBUTES &&
    entries.every(([key, item]) => key.length > 0 && key.length <= MAX_KEY_LENGTH && isAttributeValue(item))
  );
}

export function IsProductAttributes(options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) => {
    registerDecorator({
      name: 'isProductAttributes',
      target: target.constructor,
      propertyName: String(propertyName),
      options: {
        message: `$property must be an object of at most ${MAX_ATTRIBUTES} names, each a string (up to ${MAX_TEXT_LENGTH} characters), a number or a boolean`,
        ...options,
      },
      validator: { validate: isProductAttributes },
    });
  };
}
