import { autoFilingDueAt } from '../policy/auto-filing';
import type { CaseRecord, CaseStatus } from '../storage/records';
import { isFilingSetUp, type Settings } from '../storage/settings';

/** The fields an NCAF cannot be filed without. */
export const REQUIRED_FOR_FILING = [
  'caseNumber',
  'firstName',
  'lastName',
  'dateOfBirth',
  'program',
] as const;

/** Required fields the case does not have yet. */
export function missingForFiling(record: CaseRecord): string[] {
  const values: Record<(typeof REQUIRED_FOR_FILING)[number], unknown> = {
    caseNumber: record.caseNumber,
    firstName: record.consumer.firstName,
    lastName: record.consumer.lastName,
    dateOfBirth: record.consumer.dateOfBirth,
    program: record.program,
  };
  return REQUIRED_FOR_FILING.filter((field) => !values[field]);
}

/** Statuses the filing engine owns: a new capture or a settings change leaves them alone. */
const ENGINE_STATUSES: ReadonlySet<CaseStatus> = new Set([
  'filing',
  'retry-wait',
  'needs-login',
  'filed',
]);

/**
 * Where a case stands before the engine touches it: already associated, incomplete, waiting for
 * the navigator's set-up or click, or queued to be filed automatically at `dueAt` (the capture
 * time plus the navigator's delay, never later than the 24-hour target).
 */
export function readiness(
  record: CaseRecord,
  settings: Settings,
): { status: CaseStatus; dueAt: number | null } {
  if (ENGINE_STATUSES.has(record.status)) return { status: record.status, dueAt: record.dueAt };
  if (record.association) return { status: 'already-associated', dueAt: null };
  if (blocksFiling(record)) return { status: 'incomplete', dueAt: null };
  if (record.status === 'needs-attention') return { status: 'needs-attention', dueAt: null };
  if (!isFilingSetUp(settings)) return { status: 'needs-setup', dueAt: null };
  if (!settings.autoFile || !settings.signatureConsent)
    return { status: 'ready-to-sign', dueAt: null };

  const dueAt = autoFilingDueAt(record.capturedAt, settings.autoFileDelayMinutes, record.deadline);
  return { status: 'queued', dueAt };
}

/**
 * True when a field is missing (nothing is guessed: a page without an expected field may have
 * changed under the profile) or a field the NCAF needs was refused. A refused optional value (a
 * county name too long, say) is shown to the navigator but does not hold the filing up.
 */
export function blocksFiling(record: CaseRecord): boolean {
  const required: readonly string[] = REQUIRED_FOR_FILING;
  return (
    record.missingFields.length > 0 ||
    record.problems.some((problem) => required.includes(problem.field))
  );
}
