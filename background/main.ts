import { browser } from 'wxt/browser';
import { z } from 'zod';
import { logger, setDebugLogging } from '../logging/logger';
import { receive } from '../messaging/receive';
import { refuseUnknownMessages } from '../messaging/unknown-messages';
import { caseIdSchema, captureSchema, emptySchema, pageReportSchema } from '../messaging/schemas';
import type { PageKind } from '../portal-adapters/profile-schema';
import { storeCaptureMessage } from '../storage/capture-store';
import { database } from '../storage/db';
import { storeManualCase } from '../storage/manual-case';
import { importProfile, loadProfiles } from '../storage/profiles';
import { loadSettings } from '../storage/settings';
import { lastPortal, rememberPortal } from '../storage/last-portal';
import { noteSignedInPage, resumePortalSession } from '../filing/portal-session-state';
import { watchPortalTabs } from '../filing/portal-tab';
import { QUEUE_ALARM, runQueue } from '../filing/queue';
import { isWaitingOn, reportFromTab } from '../filing/tab-reports';
import { ensureAlarms, MIDNIGHT_ALARM, scheduleMidnight, WATCHDOG_ALARM } from './alarms';
import { openNoticedCase, raiseDeadlineNotices } from './deadline-notices';
import { refreshBadge } from './badge';
import { now, toSystemTime } from './clock';
import { queueFileAll, queueFileNow } from './commands';
import { syncPortalContentScript } from './content-scripts';
import { reachOpenPortalTabs } from './install';
import { notifyLoginNeeded } from './notifications';
import { applySettings } from './settings-change';
import { installTestHooks } from './test-hooks';

const log = logger('background');

/** Every message type the background answers. */
const BACKGROUND_MESSAGES = [
  'pageSeen',
  'capture',
  'fileNow',
  'fileAll',
  'saveSettings',
  'getProfiles',
  'importProfile',
  'addManualCase',
] as const;

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
 * Wires the background. Every listener is registered synchronously, before any await, so the
 * event that woke the service worker is delivered; all state lives in the database, and each
 * wake resumes from it.
 */
export function startBackground(): void {
  // Debug lines (case ids and outcomes only) help while developing and in the end-to-end
  // tests' browser console; a navigator's production build stays quiet.
  setDebugLogging(import.meta.env.MODE !== 'production');
  const db = database();
  const clock = { now, toSystemTime };
  const events = { changed: () => void refresh(), loginNeeded: notifyLoginNeeded };
  const drain = () => runQueue(db, clock, events);
  const update = async () => {
    await refreshBadge(db, now());
    await raiseDeadlineNotices(db, now());
  };
  const ready =
    import.meta.env.MODE === 'test' ? installTestHooks(db, drain, update) : Promise.resolve();

  const refresh = () => ready.then(update).catch((error) => log.error('badge', error));
  const kick = () => void ready.then(drain).catch((error) => log.error('queue', error));

  watchPortalTabs();
  refuseUnknownMessages(BACKGROUND_MESSAGES);

  receive('pageSeen', pageReportSchema, 'portal-tab', async (report, sender) => {
    assertSameOrigin(report.origin, sender);
    const isFilingTab = isWaitingOn(sender.tab!.id!);
    reportFromTab(sender.tab!.id!, report, sender.frameId ?? 0);
    await ready;
    if (report.profileId) await rememberPortal(db, report.origin, report.profileId);
    const signedIn = report.pageKind !== null && SIGNED_IN_PAGES.has(report.pageKind);
    if (signedIn && !isFilingTab) noteSignedInPage(now());
    if (signedIn && (await resumePortalSession(db, now()))) {
      void refresh();
      kick();
    }
    return { ok: true };
  });

  receive('capture', captureSchema, 'portal-tab', async (message, sender) => {
    assertSameOrigin(message.origin, sender);
    await ready;
    const result = await storeCaptureMessage(db, message, now());
    void refresh();
    kick();
    return result;
  });

  receive('fileNow', caseIdSchema, 'extension-page', async ({ caseId }) => {
    await ready;
    const result = await queueFileNow(db, caseId, now());
    void refresh();
    if (result.ok) kick();
    return result;
  });

  receive('fileAll', emptySchema, 'extension-page', async () => {
    await ready;
    const result = await queueFileAll(db, now());
    void refresh();
    kick();
    return result;
  });

  receive('saveSettings', z.unknown(), 'extension-page', async (input) => {
    await ready;
    const result = await applySettings(db, input, now());
    void refresh();
    if (result.ok) kick();
    return result;
  });

  receive('getProfiles', emptySchema, 'portal-tab', async () => loadProfiles(db));

  receive(
    'importProfile',
    z.object({ text: z.string().max(200_000) }),
    'extension-page',
    async ({ text }) => {
      const result = await importProfile(db, text);
      if (result.ok)
        await db.events.add({
          at: now(),
          type: 'profile-imported',
          detail: `${result.profile.id} v${result.profile.version}`,
        });
      return result.ok ? { ok: true } : { ok: false, errors: result.errors };
    },
  );

  receive('addManualCase', z.unknown(), 'extension-page', async (input) => {
    await ready;
    const settings = await loadSettings(db);
    const result = await storeManualCase(db, input, await lastPortal(db), settings, now());
    void refresh();
    if (result.ok) kick();
    return result.ok ? { ok: true } : { ok: false, errors: result.errors };
  });

  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === QUEUE_ALARM || alarm.name === WATCHDOG_ALARM) kick();
    if (alarm.name === MIDNIGHT_ALARM) {
      void refresh();
      void scheduleMidnight(Date.now(), now()).catch((error) => log.error('alarms', error));
    }
  });
  browser.notifications.onClicked.addListener((id) => void openNoticedCase(id));
  browser.runtime.onInstalled.addListener(() => void reachOpenPortalTabs());
  const syncScripts = () =>
    void syncPortalContentScript().catch((error) => log.error('content scripts', error));
  browser.permissions.onAdded.addListener(() => {
    syncScripts();
    void reachOpenPortalTabs();
  });
  browser.permissions.onRemoved.addListener(syncScripts);
  syncScripts();

  // Every wake: alarms checked (and made only when missing), the badge from the database, and
  // the queue, which first recovers any filing a stopped service worker left half done.
  void ready
    .then(() => ensureAlarms(Date.now(), now()))
    .catch((error) => log.error('alarms', error));
  void refresh();
  kick();
}

/** A content script speaks for its own page only: the origin it names must be its tab's. */
function assertSameOrigin(origin: string, sender: chrome.runtime.MessageSender): void {
  const senderOrigin = sender.url && URL.canParse(sender.url) ? new URL(sender.url).origin : null;
  if (senderOrigin !== origin) throw new Error("refused: the origin is not the sending page's");
}
