import { isSettled, type CaseRecord, type CaseStatus } from '../storage/records';

const NEEDS_ACTION: ReadonlySet<CaseStatus> = new Set([
  'needs-login',
  'needs-attention',
  'needs-setup',
  'incomplete',
  'ready-to-sign',
]);

/**
 * The popup's order: cases that need the navigator first, then the rest of the open cases,
 * both by nearest deadline; settled cases last, most recent first.
 */
export function orderCases(cases: readonly CaseRecord[]): CaseRecord[] {
  const rank = (record: CaseRecord) =>
    isSettled(record.status) ? 2 : NEEDS_ACTION.has(record.status) ? 0 : 1;
  return [...cases].sort((a, b) => {
    const byRank = rank(a) - rank(b);
    if (byRank !== 0) return byRank;
    if (rank(a) === 2) return b.updatedAt - a.updatedAt;
    return a.deadline.localeCompare(b.deadline);
  });
}
