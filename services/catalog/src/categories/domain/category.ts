/** A node of the category tree. `path` lists the ids from the root down to this category. */
export interface Category {
  id: string;
  parentId: string | null;
  name: string;
  slug: string;
  position: number;
  path: string;
  depth: number;
}
