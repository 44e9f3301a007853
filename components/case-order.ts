import { isSettled, type CaseRecord, type CaseStatus } from '../storage/records';

const NEEDS_ACTION: ReadonlySet<CaseStatus> = new Set([
  'needs-login',
  'needs-attention',
  'needs-setup',
  'incomplete',
  'ready-to-sign',
]);

/** A case with what the popup shows beside it. */
export interface ListedCase {
  record: CaseRecord;
  risks: readonly { reason: string; message: string }[];
}

/**
 * The popup's order: first the cases that need the navigator (log in, needs attention, payment
 * at risk, incomplete, waiting to be signed), then the other cases still to be filed, both by
 * nearest deadline; settled cases last, most recently changed first.
 */
export function orderCases(cases: readonly ListedCase[]): ListedCase[] {
  const rank = ({ record, risks }: ListedCase) => {
    // "Not active yet" is provisional: most cases show it for a while after filing.
    const atRisk = risks.some((risk) => risk.reason !== 'not-yet-active');
    if (isSettled(record.status)) return atRisk ? 1 : 3;
    return NEEDS_ACTION.has(record.status) || atRisk ? 0 : 2;
  };
  return [...cases].sort((a, b) => {
    const byRank = rank(a) - rank(b);
    if (byRank !== 0) return byRank;
    if (rank(a) >= 1 && isSettled(a.record.status)) return b.record.updatedAt - a.record.updatedAt;
    return a.record.deadline.localeCompare(b.record.deadline);
  });
}

/** Cases whose consumer name or case number contains the search text (any case, any accent). */
export function searchCases(cases: readonly ListedCase[], text: string): ListedCase[] {
  const needle = fold(text.trim());
  if (!needle) return [...cases];
  return cases.filter(({ record }) => {
    const haystack = [record.consumer.firstName, record.consumer.lastName, record.caseNumber]
      .filter(Boolean)
      .join(' ');
    return fold(haystack).includes(needle);
  });
}

function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();
}
