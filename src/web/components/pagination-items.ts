// Which page numbers a numbered pagination shows: the first, the last, the current page and
// its neighbours, with an ellipsis for each gap (a gap of one page shows that page instead).
export type PageItem = number | 'ellipsis';

export function pageCount(total: number, pageSize: number): number {
  return Math.max(1, Math.ceil(total / Math.max(1, pageSize)));
}

export function pageItems(current: number, totalPages: number): PageItem[] {
  if (totalPages <= 1) return [1];
  const page = Math.min(Math.max(1, current), totalPages);
  const wanted = new Set([1, totalPages, page - 1, page, page + 1].filter((n) => n >= 1 && n <= totalPages));
  const sorted = [...wanted].sort((a, b) => a - b);
  const out: PageItem[] = [];
  let previous = 0;
  for (const n of sorted) {
    if (n - previous === 2) out.push(n - 1);
    else if (n - previous > 2) out.push('ellipsis');
    out.push(n);
    previous = n;
  }
  return out;
}

/** "Showing 51 to 100 of 1,234 people". */
export function resultRange(page: number, pageSize: number, total: number): { from: number; to: number } {
  if (total === 0) return { from: 0, to: 0 };
  const from = (page - 1) * pageSize + 1;
  return { from: Math.min(from, total), to: Math.min(page * pageSize, total) };
}
