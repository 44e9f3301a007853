import { browser } from 'wxt/browser';
import { messenger } from '../messaging/protocol';
import type { CaseDatabase } from '../storage/db';
import {
  firstTabPage,
  currentWait,
  nextTabPage,
  reportFromTab,
  tabEnded,
  type TabPage,
  type WaitHandle,
} from './tab-reports';

const FILING_TAB_KEY = 'filingTab';

/** How long a portal page may take before the attempt counts as a timeout. */
export const PAGE_TIMEOUT_MS = 45_000;

/** After a tab finishes loading, how long its content script has to report before we ask. */
const REPORT_GRACE_MS = 2_000;

/** The filing tab: one inactive portal tab the filer reuses for every case. */
export interface FilingTab {
  tabId: number;
  /** The content-script instance that last reported from it. */
  instanceId: string | null;
  /** The frame that instance runs in: 0 for the page, another for an NCAF inside an iframe. */
  frameId: number;
}

/**
 * Shows a URL in the filing tab, opening the tab inactive when there is none, and waits for the
 * page it lands on. The tab id is stored so a restarted service worker reuses the same tab.
 */
export async function showInFilingTab(db: CaseDatabase, url: string, previous: FilingTab | null) {
  const tabId = previous?.tabId ?? (await existingFilingTab(db));
  if (tabId === null) {
    // Opened straight at the URL: a blank tab navigated right after creation can lose the
    // navigation to its own initial about:blank load.
    const opened = await openFilingTab(db, url);
    return {
      tab: { tabId: opened, instanceId: null, frameId: 0 },
      page: await firstTabPage(opened, PAGE_TIMEOUT_MS),
    };
  }

  // Less a little for the page clock's rounding: the new document starts after this moment.
  const notBefore = Date.now() - 50;
  const landed = nextTabPage(tabId, previous?.instanceId ?? null, PAGE_TIMEOUT_MS, notBefore);
  try {
    await browser.tabs.update(tabId, { url });
  } catch {
    tabEnded(tabId, { kind: 'tab-closed' });
  }
  return {
    tab: { tabId, instanceId: previous?.instanceId ?? null, frameId: previous?.frameId ?? 0 },
    page: await landed,
  };
}

/** Closes the filing tab once the queue is empty. */
export async function closeFilingTab(db: CaseDatabase): Promise<void> {
  const tabId = await existingFilingTab(db);
  await db.kv.delete(FILING_TAB_KEY);
  if (tabId !== null) await browser.tabs.remove(tabId).catch(() => undefined);
}

async function existingFilingTab(db: CaseDatabase): Promise<number | null> {
  const stored = (await db.kv.get(FILING_TAB_KEY))?.value;
  if (typeof stored !== 'number') return null;
  const tab = await browser.tabs.get(stored).catch(() => null);
  return tab ? stored : null;
}

async function openFilingTab(db: CaseDatabase, url: string): Promise<number> {
  const tab = await browser.tabs.create({ url, active: false });
  if (tab.id === undefined) throw new Error('the browser did not give the filing tab an id');
  await db.kv.put({ key: FILING_TAB_KEY, value: tab.id });
  return tab.id;
}

/** The filing tab as the page it landed on left it: that page's instance and frame. */
export function withInstance(tab: FilingTab, page: TabPage): FilingTab {
  if (page.kind !== 'page') return tab;
  return { ...tab, instanceId: page.report.instanceId, frameId: page.frameId };
}

/** The URL of the page a report describes, with its page kind, in words for the audit log. */
export function describePage(page: TabPage): string {
  if (page.kind === 'page') return page.report.pageKind ?? 'a page no profile recognises';
  if (page.kind === 'no-portal-page') return 'no portal page (the connection failed)';
  if (page.kind === 'timed-out') return 'no answer from the portal in time';
  return 'the filing tab was closed';
}

/**
 * Tab events the waiters need: a finished load with no report (a network error page) and a
 * closed tab. Registered synchronously at the top of the background.
 */
export function watchPortalTabs(): void {
  browser.tabs.onRemoved.addListener((tabId) => tabEnded(tabId, { kind: 'tab-closed' }));
  browser.tabs.onUpdated.addListener((tabId, change) => {
    const wait = currentWait(tabId);
    if (change.status !== 'complete' || !wait) return;
    setTimeout(() => void askTab(tabId, wait), REPORT_GRACE_MS);
  });
}

/**
 * Asks a tab that finished loading without reporting what it shows. Only the wait that was going
 * on when the load finished is answered: by then the filer may have started the next navigation,
 * and a page that cannot answer mid-navigation says nothing about the next page.
 */
async function askTab(tabId: number, wait: WaitHandle): Promise<void> {
  const isStillThatLoad = async () => {
    const tab = await browser.tabs.get(tabId).catch(() => null);
    // Loading again means another navigation began: its own completion will ask again.
    return currentWait(tabId) === wait && tab?.status === 'complete';
  };
  if (!(await isStillThatLoad())) return;
  try {
    const report = await messenger.sendMessage('reportPage', {}, { tabId, frameId: 0 });
    reportFromTab(tabId, report, 0, { acceptUnrecognised: true });
  } catch {
    if (await isStillThatLoad()) tabEnded(tabId, { kind: 'no-portal-page' }, wait);
  }
}
