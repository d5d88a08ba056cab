/** A page number to link to, or a gap between distant pages. */
export type PageLink = number | 'gap';

/** The pages a pager shows: the first, the last, and up to `around` on each side of the current one. */
export function pageLinks(current: number, total: number, pageSize: number, around = 1): PageLink[] {
  const lastPage = Math.max(1, Math.ceil(total / pageSize));
  const pages = new Set<number>([1, lastPage]);
  for (let page = current - around; page <= current + around; page += 1) {
    if (page >= 1 && page <= lastPage) pages.add(page);
  }
  const sorted = [...pages].sort((a, b) => a - b);
  const links: PageLink[] = [];
  sorted.forEach((page, index) => {
    const previous = sorted[index - 1];
    if (previous !== undefined && page - previous > 1) links.push('gap');
    links.push(page);
  });
  return links;
}

export function lastPage(total: number, pageSize: number): number {
  return Math.max(1, Math.ceil(total / pageSize));
}
