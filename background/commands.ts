import { blocksFiling } from '../filing/readiness';
import { fieldLabel } from '../messaging/captured-fields';
import type { CommandResult } from '../messaging/protocol';
import type { CaseDatabase } from '../storage/db';
import { isSettled } from '../storage/records';
import { isFilingSetUp, loadSettings } from '../storage/settings';
import { isPortalSessionPaused } from '../filing/portal-session-state';

/**
 * Queues one case to be filed now, on the navigator's click: the click is the signature for
 * this case, so standing consent is not needed. Says why when the case cannot be filed.
 */
export async function queueFileNow(
  db: CaseDatabase,
  caseId: string,
  now: number,
): Promise<CommandResult> {
  const settings = await loadSettings(db);
  if (!isFilingSetUp(settings)) {
    return { ok: false, message: 'Set your name, Assister ID and organization in Options first.' };
  }

  const result = await db.transaction(
    'rw',
    db.cases,
    db.events,
    async (): Promise<CommandResult> => {
      const record = await db.cases.get(caseId);
      if (!record) return { ok: false, message: 'That case is no longer stored.' };
      if (isSettled(record.status))
        return { ok: false, message: 'This case is already associated.' };
      if (
        record.status === 'filing' ||
        (record.status === 'queued' && record.dueAt !== null && record.dueAt <= now)
      ) {
        return { ok: true, message: 'This case is already being filed.' };
      }
      if (blocksFiling(record)) {
        const fields = [
          ...record.missingFields,
          ...record.problems.map((problem) => problem.field),
        ].map(fieldLabel);
        return { ok: false, message: `Fix these fields first: ${fields.join(', ')}.` };
      }

      await db.cases.update(caseId, { status: 'queued', dueAt: now, updatedAt: now });
      await db.events.add({
        at: now,
        caseId,
        type: 'signed-by-click',
        detail: settings.navigatorName,
      });
      return { ok: true, message: 'Filing now.' };
    },
  );

  if (result.ok && (await isPortalSessionPaused(db))) {
    return { ok: true, message: 'Queued: it will be filed after you log in to the portal.' };
  }
  return result;
}

/** Queues every complete case that waits for the navigator, as one click on each. */
export async function queueFileAll(db: CaseDatabase, now: number): Promise<CommandResult> {
  const waiting = await db.cases
    .where('status')
    .anyOf(['ready-to-sign', 'queued', 'retry-wait', 'needs-attention'])
    .primaryKeys();
  let queued = 0;
  for (const caseId of waiting) {
    const result = await queueFileNow(db, caseId, now);
    if (result.ok) queued += 1;
    else if (queued === 0 && result.message.includes('Options')) return result;
  }
  const noun = queued === 1 ? 'case' : 'cases';
  return { ok: true, message: queued === 0 ? 'Nothing to file.' : `Filing ${queued} ${noun}.` };
}
