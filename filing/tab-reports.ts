import type { PageReport } from '../messaging/schemas';

/** What became of waiting for a portal tab to show a page. */
export type TabPage =
  | { kind: 'page'; report: PageReport; frameId: number }
  /** The tab finished loading a page no content script answered for (a network error page). */
  | { kind: 'no-portal-page' }
  | { kind: 'timed-out' }
  | { kind: 'tab-closed' };

interface Waiter {
  previousInstance: string | null;
  /** Reports from documents that began loading before this (epoch ms) are stale. */
  notBefore: number;
  settle: (page: TabPage) => void;
}

const waiters = new Map<number, Waiter>();

/**
 * The latest report of each tab, for a tab opened straight at its URL: its page may report
 * before the opener learns the new tab's id and starts waiting.
 */
const latestReports = new Map<number, { report: PageReport; frameId: number }>();

/**
 * Waits for the next page a tab's content script reports from a new document (or, on a
 * single-page portal, with a portal answer the previous report lacked). Register before
 * navigating, so a fast page cannot report before anyone listens.
 */
export function nextTabPage(
  tabId: number,
  previousInstance: string | null,
  timeoutMs: number,
  notBefore = 0,
): Promise<TabPage> {
  waiters.get(tabId)?.settle({ kind: 'timed-out' });

  return new Promise((resolve) => {
    const timer = setTimeout(() => settle({ kind: 'timed-out' }), timeoutMs);
    const settle = (page: TabPage) => {
      clearTimeout(timer);
      if (waiters.get(tabId)?.settle === settle) waiters.delete(tabId);
      resolve(page);
    };
    waiters.set(tabId, { previousInstance, notBefore, settle });
  });
}

/** Called for every page report; settles the waiter of that tab when the report is new. */
export function reportFromTab(
  tabId: number,
  report: PageReport,
  frameId = 0,
  { acceptUnrecognised = false } = {},
): void {
  // A page no profile knows (yet: a single-page portal renders late, and the frame around an
  // NCAF iframe is never known) does not end a wait; asking the tab after it loads does.
  if (report.pageKind === null && !acceptUnrecognised) return;
  latestReports.set(tabId, { report, frameId });
  const waiter = waiters.get(tabId);
  if (!waiter) return;
  // A late report from the page the tab showed before a navigation we started is not its answer.
  if (report.loadedAt < waiter.notBefore) return;
  const isNewDocument = report.instanceId !== waiter.previousInstance;
  if (isNewDocument || report.ncafOutcome) waiter.settle({ kind: 'page', report, frameId });
}

/** An opaque handle on the wait going on in a tab, to tell it from a later one. */
export type WaitHandle = object;

/** The wait going on in a tab now, if any. */
export function currentWait(tabId: number): WaitHandle | undefined {
  return waiters.get(tabId);
}

/**
 * Called when a tab settles on something no report will come from, or closes. With `wait`, only
 * that wait is ended: a check started for one page must not end the wait for the next one.
 */
export function tabEnded(tabId: number, page: TabPage, wait?: WaitHandle): void {
  if (page.kind === 'tab-closed') latestReports.delete(tabId);
  const current = waiters.get(tabId);
  if (current && (wait === undefined || wait === current)) current.settle(page);
}

/**
 * Waits for the first page of a tab just opened at a URL, using a report that arrived before
 * this call when there is one.
 */
export function firstTabPage(tabId: number, timeoutMs: number): Promise<TabPage> {
  const early = latestReports.get(tabId);
  if (early) return Promise.resolve({ kind: 'page', ...early });
  return nextTabPage(tabId, null, timeoutMs);
}

/** True when someone is waiting on the tab. */
export function isWaitingOn(tabId: number): boolean {
  return waiters.has(tabId);
}
