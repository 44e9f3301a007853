import { browser } from 'wxt/browser';
import { z } from 'zod';
import { logger } from '../logging/logger';
import { receive } from '../messaging/receive';
import { caseIdSchema, captureSchema, emptySchema, pageReportSchema } from '../messaging/schemas';
import { builtinProfile } from '../portal-adapters/builtin-profiles';
import type { PageKind } from '../portal-adapters/profile-schema';
import { storeCapture } from '../storage/capture-store';
import { database } from '../storage/db';
import { loadSettings } from '../storage/settings';
import { resumePortalSession } from '../filing/portal-session-state';
import { watchPortalTabs } from '../filing/portal-tab';
import { QUEUE_ALARM, runQueue } from '../filing/queue';
import { reportFromTab } from '../filing/tab-reports';
import { refreshBadge } from './badge';
import { now } from './clock';
import { queueFileAll, queueFileNow } from './commands';
import { notifyLoginNeeded } from './notifications';
import { applySettings } from './settings-change';

const log = logger('background');

/** Pages only a logged-in navigator sees: one of them means the session is good again. */
const SIGNED_IN_PAGES: ReadonlySet<PageKind> = new Set([
  'dashboard',
  'household',
  'signature',
  'eligibility',
  'ncafForm',
  'ncafConfirmation',
  'associations',
]);

/**
 * Wires the background. Every listener is registered synchronously, before any await, so an
 * event that woke the service worker is delivered; all state lives in the database.
 */
export function startBackground(): void {
  const db = database();
  const changed = () => void refreshBadge(db, now()).catch((error) => log.error('badge', error));
  const events = { changed, loginNeeded: notifyLoginNeeded };
  const kick = () => void runQueue(db, now, events).catch((error) => log.error('queue', error));

  watchPortalTabs();

  receive('pageSeen', pageReportSchema, 'portal-tab', async (report, sender) => {
    reportFromTab(sender.tab!.id!, report);
    if (
      report.pageKind &&
      SIGNED_IN_PAGES.has(report.pageKind) &&
      (await resumePortalSession(db, now()))
    ) {
      changed();
      kick();
    }
    return { ok: true };
  });

  receive('capture', captureSchema, 'portal-tab', async (message) => {
    const profile = builtinProfile(message.profileId);
    if (!profile)
      return { caseId: null, problems: [{ field: 'profileId', message: 'unknown profile' }] };
    const result = await storeCapture(db, message, profile, await loadSettings(db), now());
    changed();
    kick();
    return result;
  });

  receive('fileNow', caseIdSchema, 'extension-page', async ({ caseId }) => {
    const result = await queueFileNow(db, caseId, now());
    changed();
    if (result.ok) kick();
    return result;
  });

  receive('fileAll', emptySchema, 'extension-page', async () => {
    const result = await queueFileAll(db, now());
    changed();
    kick();
    return result;
  });

  receive('saveSettings', z.unknown(), 'extension-page', async (input) => {
    const result = await applySettings(db, input, now());
    changed();
    if (result.ok) kick();
    return result;
  });

  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === QUEUE_ALARM) kick();
  });

  // Every wake: the badge from the database, and the queue, which first recovers any filing a
  // stopped service worker left half done.
  changed();
  kick();
}
