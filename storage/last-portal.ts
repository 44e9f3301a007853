import { profileById } from './profiles';
import type { CaseDatabase } from './db';
import type { PortalTarget } from './manual-case';

const LAST_PORTAL_KEY = 'lastPortal';
let remembered = '';

/** Remembers the portal the navigator last used, for cases added by hand. Writes on change only. */
export async function rememberPortal(db: CaseDatabase, origin: string, profileId: string) {
  const value = `${profileId} ${origin}`;
  if (value === remembered) return;
  remembered = value;
  await db.kv.put({ key: LAST_PORTAL_KEY, value: { origin, profileId } });
}

/** The portal the navigator last used, or null before any portal page was seen. */
export async function lastPortal(db: CaseDatabase): Promise<PortalTarget | null> {
  const stored = (await db.kv.get(LAST_PORTAL_KEY))?.value as
    { origin?: unknown; profileId?: unknown } | undefined;
  if (typeof stored?.origin !== 'string' || typeof stored.profileId !== 'string') return null;
  const profile = await profileById(db, stored.profileId);
  return profile ? { origin: stored.origin, profile } : null;
}
