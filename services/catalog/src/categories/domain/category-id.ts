import { isUuid } from '../../shared/domain/uuid';
import { InvalidCategoryIdError } from './category.errors';

/** A category id from a URL: a UUID (lower-cased), else InvalidCategoryIdError. */
export function parseCategoryId(value: string): string {
  if (!isUuid(value)) throw new InvalidCategoryIdError(value);
  return value.toLowerCase();
}
