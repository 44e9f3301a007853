import { z } from 'zod';
import { readiness } from '../filing/readiness';
import type { SaveResult } from '../messaging/protocol';
import type { CaseDatabase } from '../storage/db';
import { loadSettings, saveSettings } from '../storage/settings';

const RE_EVALUATED = ['needs-setup', 'ready-to-sign', 'queued'] as const;

/**
 * Validates and stores new settings, records a change of e-signature consent in the audit log,
 * and re-evaluates every case waiting on the navigator (a new consent queues them).
 */
export async function applySettings(
  db: CaseDatabase,
  input: unknown,
  now: number,
): Promise<SaveResult> {
  const before = await loadSettings(db);
  let settings;
  try {
    settings = await saveSettings(db, input);
  } catch (error) {
    if (!(error instanceof z.ZodError)) throw error;
    const errors = error.issues.map((issue) => ({
      field: issue.path.join('.') || 'settings',
      message: issue.message,
    }));
    return { ok: false, errors };
  }

  if (before.signatureConsent?.givenAt !== settings.signatureConsent?.givenAt) {
    const detail = settings.signatureConsent
      ? `${settings.signatureConsent.name}: ${settings.signatureConsent.statement}`
      : 'withdrawn';
    await db.events.add({ at: now, type: 'signature-consent', detail });
  }

  await db.transaction('rw', db.cases, async () => {
    const waiting = await db.cases.where('status').anyOf(RE_EVALUATED).toArray();
    for (const record of waiting) {
      await db.cases.update(record.id, {
        ...readiness({ ...record, status: 'incomplete' }, settings),
        updatedAt: now,
      });
    }
  });
  return { ok: true };
}
