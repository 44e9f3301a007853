/** How many more rows the popup shows each time the navigator asks for more. */
export const CASES_PER_PAGE = 50;

/** The rows the popup renders and how many it holds back. */
export interface CasePage<T> {
  rows: T[];
  hidden: number;
}

/**
 * The first `limit` cases of an ordered list, plus the case a notification pointed to when it lies
 * further down, put first so the navigator sees it at once. A year of work is about 10,000 cases;
 * rendering every row made the popup take seconds to open, and the most urgent cases are at the top
 * anyway. Search runs over every case, not just the rows shown.
 */
export function pageOfCases<T extends { record: { id: string } }>(
  ordered: readonly T[],
  limit: number,
  pinnedId: string | null = null,
): CasePage<T> {
  const rows = ordered.slice(0, limit);
  if (pinnedId && !rows.some(({ record }) => record.id === pinnedId)) {
    const pinned = ordered.find(({ record }) => record.id === pinnedId);
    if (pinned) rows.unshift(pinned);
  }
  return { rows, hidden: ordered.length - rows.length };
}
