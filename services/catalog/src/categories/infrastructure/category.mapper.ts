import type { Category } from '../domain/category';
import type { CategoryEntity } from './category.entity';

export function toCategory(row: CategoryEntity): Category {
  return {
    id: row.id,
    parentId: row.parentId,
    name: row.name,
    slug: row.slug,
    position: row.position,
    path: row.path,
    depth: row.depth,
  };
}
