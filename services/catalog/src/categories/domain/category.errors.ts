import { DomainError } from '@shop/observability';

export const CATEGORY_ERROR_CODES = [
  'CATEGORY_NOT_FOUND',
  'CATEGORY_SLUG_TAKEN',
  'CATEGORY_CYCLE',
  'CATEGORY_TOO_DEEP',
  'CATEGORY_ORDER_MISMATCH',
  'INVALID_CATEGORY_ID',
] as const;
export type CategoryErrorCode = (typeof CATEGORY_ERROR_CODES)[number];

export class CategoryNotFoundError extends DomainError {
  readonly code = 'CATEGORY_NOT_FOUND' satisfies CategoryErrorCode;
  constructor(readonly missingIds: readonly string[]) {
    super(missingIds.length === 1 ? `No category "${missingIds[0]}"` : `No categories ${missingIds.join(', ')}`, {
      missingIds,
    });
  }
}

export class CategorySlugTakenError extends DomainError {
  readonly code = 'CATEGORY_SLUG_TAKEN' satisfies CategoryErrorCode;
  constructor(slug: string) {
    super(`Another category already has the slug "${slug}"`);
  }
}

/** A category cannot be moved under itself or one of its descendants. */
export class CategoryCycleError extends DomainError {
  readonly code = 'CATEGORY_CYCLE' satisfies CategoryErrorCode;
  constructor(categoryId: string, parentId: string) {
    super(
      `Category ${categoryId} cannot move under ${parentId}: that is the category itself or one of its descendants`,
    );
  }
}

export class CategoryTooDeepError extends DomainError {
  readonly code = 'CATEGORY_TOO_DEEP' satisfies CategoryErrorCode;
  constructor(maxDepth: number) {
    super(`Categories nest at most ${maxDepth} levels deep`);
  }
}

/** A reorder must list exactly the current children of the parent, each once. */
export class CategoryOrderMismatchError extends DomainError {
  readonly code = 'CATEGORY_ORDER_MISMATCH' satisfies CategoryErrorCode;
  constructor() {
    super('The order must list every child of the parent exactly once, and nothing else');
  }
}

export class InvalidCategoryIdError extends DomainError {
  readonly code = 'INVALID_CATEGORY_ID' satisfies CategoryErrorCode;
  constructor(value: string) {
    super(`"${value.slice(0, 200)}" is not a category id (UUID)`);
  }
}
