import type { CaseDatabase } from '../storage/db';

const SESSION_KEY = 'portalSession';

/** Whether the filer is paused because the portal asked the navigator to log in. */
export interface PortalSessionState {
  needsLogin: boolean;
  since: number | null;
}

/** The stored session state. */
export async function portalSessionState(db: CaseDatabase): Promise<PortalSessionState> {
  const value = (await db.kv.get(SESSION_KEY))?.value as PortalSessionState | undefined;
  return value ?? { needsLogin: false, since: null };
}

/** True while filing waits for the navigator to log in. */
export async function isPortalSessionPaused(db: CaseDatabase): Promise<boolean> {
  return (await portalSessionState(db)).needsLogin;
}

/** Pauses filing until the navigator logs in. Returns true when it was not paused before. */
export async function pausePortalSession(db: CaseDatabase, now: number): Promise<boolean> {
  return db.transaction('rw', db.kv, db.cases, async () => {
    const state = await portalSessionState(db);
    if (state.needsLogin) return false;
    await db.kv.put({ key: SESSION_KEY, value: { needsLogin: true, since: now } });
    return true;
  });
}

/**
 * The navigator is logged in again: unpause, and put every case that waited for the login back
 * in the queue, due now. Returns true when filing was paused.
 */
export async function resumePortalSession(db: CaseDatabase, now: number): Promise<boolean> {
  return db.transaction('rw', db.kv, db.cases, async () => {
    const state = await portalSessionState(db);
    if (!state.needsLogin) return false;
    await db.kv.put({ key: SESSION_KEY, value: { needsLogin: false, since: null } });
    await db.cases
      .where('status')
      .equals('needs-login')
      .modify({ status: 'retry-wait', dueAt: now, updatedAt: now });
    return true;
  });
}

let lastSignedInPageAt = 0;

/**
 * Notes that the navigator's own tab showed a page only a signed-in navigator sees. Kept in
 * memory only: it matters for the attempt running now, which a restart would end anyway.
 */
export function noteSignedInPage(at: number): void {
  lastSignedInPageAt = Math.max(lastSignedInPageAt, at);
}

/** True when a signed-in page was seen in the navigator's tabs at or after `since`. */
export function signedInSince(since: number): boolean {
  return lastSignedInPageAt >= since;
}
