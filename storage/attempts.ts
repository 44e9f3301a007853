import type { CaseDatabase } from './db';
import type { AttemptOutcome, AttemptRecord, AttemptStep, CaseRecord } from './records';

/**
 * Starts a filing attempt and marks its case as filing, in one transaction, so the database
 * never shows a case being filed without the attempt that files it.
 */
export async function startAttempt(db: CaseDatabase, caseId: string, now: number): Promise<number> {
  return db.transaction('rw', db.cases, db.attempts, async () => {
    await db.cases.update(caseId, { status: 'filing', updatedAt: now });
    const id = await db.attempts.add({
      caseId,
      startedAt: now,
      step: 'opening',
      outcome: 'pending',
    });
    return id as number;
  });
}

/** Records the step an attempt reached. `submitting` must be stored before the submit click. */
export async function recordStep(db: CaseDatabase, attemptId: number, step: AttemptStep) {
  await db.attempts.update(attemptId, { step });
}

/** Ends an attempt and applies its consequence to the case, in one transaction. */
export async function finishAttempt(
  db: CaseDatabase,
  attemptId: number,
  result: { outcome: AttemptOutcome; message?: string; confirmationNumber?: string },
  caseChanges: Partial<CaseRecord>,
  now: number,
): Promise<void> {
  await db.transaction('rw', db.cases, db.attempts, db.events, async () => {
    const attempt = await db.attempts.get(attemptId);
    if (!attempt) return;

    await db.attempts.update(attemptId, { ...result, step: 'done', finishedAt: now });
    await db.cases.update(attempt.caseId, { ...caseChanges, updatedAt: now });
    await db.events.add({
      at: now,
      caseId: attempt.caseId,
      type: `attempt-${result.outcome}`,
      detail: result.confirmationNumber ?? result.message ?? '',
    });
  });
}

/** The attempts of a case, oldest first: its audit trail. */
export function attemptsOf(db: CaseDatabase, caseId: string): Promise<AttemptRecord[]> {
  return db.attempts.where('caseId').equals(caseId).sortBy('id');
}

/** Attempts left open by a service worker that stopped mid-filing. */
export function unfinishedAttempts(db: CaseDatabase): Promise<AttemptRecord[]> {
  return db.attempts.where('outcome').equals('pending').toArray();
}

/** Consecutive retryable failures at the end of a case's trail, for the backoff. */
export function trailingFailures(trail: readonly AttemptRecord[]): number {
  let count = 0;
  for (const attempt of [...trail].reverse()) {
    if (!['retryable', 'unknown', 'not-stored'].includes(attempt.outcome)) break;
    count += 1;
  }
  return count;
}
