import type { BrowserContext, Page } from 'playwright-core';
import { figure, samplesOf } from './figure';
import { heapUsedMb } from './heap-usage';

/** The popup's size in the toolbar, as the demo shows it. */
const POPUP_VIEWPORT = { width: 460, height: 720 };

/** One opening of the popup, times from the start of its navigation. */
export interface PopupOpening {
  /** First contentful paint: the popup's first render ("Loading cases…"). */
  firstRenderMs: number;
  /** The case list (or, with no cases, the empty message) rendered and the main thread free. */
  listRenderedMs: number;
  /** Rows rendered in the list (the popup shows a page of cases at a time). */
  rows: number;
  /** Cases the popup holds: its "Showing 50 of N cases" count, or the rows when all are shown. */
  cases: number;
  /** JavaScript heap in use by the popup after a forced garbage collection, in MB. */
  heapMb: number;
  /** Reading every case with raw IndexedDB `getAll()` in the open popup. */
  rawReadMs: number;
}

/**
 * Resolves when the first animation frame that finds the list (or the empty message) in the
 * document has been laid out and painted, and the main thread is free again. Written as a script
 * for `evaluate`: the popup's content security policy forbids the string evaluation Playwright's
 * `waitForFunction` relies on.
 */
const LIST_RENDERED = `new Promise((resolve, reject) => {
  setTimeout(() => reject(new Error('the popup list did not render in 120 s')), 120000);
  const check = () => {
    if (!document.querySelector('.popup__cases, .popup__empty')) return requestAnimationFrame(check);
    // A task queued from the frame runs once that frame's style, layout and paint are done.
    setTimeout(() => resolve(performance.now()), 0);
  };
  check();
})`;

/** Opens the popup as a page at its toolbar size and times it. */
export async function openPopupOnce(
  context: BrowserContext,
  extensionId: string,
): Promise<PopupOpening> {
  const page = await context.newPage();
  await page.setViewportSize(POPUP_VIEWPORT);
  try {
    await page.goto(`chrome-extension://${extensionId}/popup.html`, { waitUntil: 'commit' });
    const listRenderedMs: number = await page.evaluate(LIST_RENDERED);
    const firstRenderMs = await firstContentfulPaint(page);
    const rows: number = await page.evaluate(`document.querySelectorAll('li.case').length`);
    const count: string | null = await page.evaluate(
      `document.querySelector('.popup__count')?.textContent ?? null`,
    );
    const cases = count ? Number(/of ([\d,]+) cases/.exec(count)?.[1]?.replace(/,/g, '')) : rows;
    const rawReadMs = await timeRawRead(page);
    const heapMb = await heapUsedMb(await context.newCDPSession(page));
    return { firstRenderMs, listRenderedMs, rows, cases, heapMb, rawReadMs };
  } finally {
    await page.close();
  }
}

async function firstContentfulPaint(page: Page): Promise<number> {
  return page.evaluate(`new Promise((resolve, reject) => {
    setTimeout(() => reject(new Error('no first contentful paint')), 10000);
    new PerformanceObserver((list, observer) => {
      const paint = list.getEntriesByName('first-contentful-paint')[0];
      if (!paint) return;
      observer.disconnect();
      resolve(paint.startTime);
    }).observe({ type: 'paint', buffered: true });
  })`);
}

/** The floor of any popup: getting the records out of IndexedDB, without Dexie or rendering. */
async function timeRawRead(page: Page): Promise<number> {
  return page.evaluate(`new Promise((resolve, reject) => {
    const request = indexedDB.open('case-associator');
    request.onerror = () => reject(request.error);
    request.onsuccess = () => {
      const db = request.result;
      const started = performance.now();
      const read = db.transaction('cases').objectStore('cases').getAll();
      read.onsuccess = () => {
        const ms = performance.now() - started;
        db.close();
        resolve(ms);
      };
      read.onerror = () => reject(read.error);
    };
  })`);
}

/**
 * Opens the popup `runs` times in a row, after one untimed opening (so the first timed one does
 * not pay for loading the popup's code from disk); each must hold `expectedCases` cases.
 */
export async function openPopup(
  context: BrowserContext,
  extensionId: string,
  runs: number,
  expectedCases: number,
): Promise<PopupOpening[]> {
  const openings: PopupOpening[] = [];
  await openPopupOnce(context, extensionId);
  for (let run = 0; run < runs; run += 1) {
    const opening = await openPopupOnce(context, extensionId);
    if (opening.cases !== expectedCases) {
      throw new Error(`the popup held ${opening.cases} cases, not ${expectedCases}`);
    }
    openings.push(opening);
  }
  return openings;
}

/**
 * Figure 5: the popup with a year of cases in the database against the same popup with none,
 * plus the raw read of the records, the part of the time no popup can avoid.
 */
export function popupFigures(full: readonly PopupOpening[], empty: readonly PopupOpening[]) {
  const cases = full[0]?.cases.toLocaleString('en-US') ?? '0';
  const rows = full[0]?.rows ?? 0;
  const limit = (pick: (opening: PopupOpening) => number) => ({
    name: 'the same popup with no cases',
    ...samplesOf(empty.map(pick)),
  });
  return [
    figure({
      group: 5,
      name: `Popup with ${cases} cases: first render`,
      unit: 'ms',
      measured: samplesOf(full.map((opening) => opening.firstRenderMs)),
      limit: limit((opening) => opening.firstRenderMs),
      runs: full.length,
      build: 'test build',
      note:
        'first contentful paint, from the start of navigation: the "Loading cases…" line, the ' +
        'same with or without cases (paint times come in frame steps of a few ms); popup as a ' +
        '460x720 page',
    }),
    figure({
      group: 5,
      name: `Popup with ${cases} cases: case list rendered (interactive)`,
      unit: 'ms',
      measured: samplesOf(full.map((opening) => opening.listRenderedMs)),
      limit: limit((opening) => opening.listRenderedMs),
      runs: full.length,
      build: 'test build',
      note: `list (first ${rows} rows) in the document, laid out and painted, main thread free`,
    }),
    figure({
      group: 5,
      name: `Popup: raw IndexedDB getAll() of the ${cases} cases`,
      unit: 'ms',
      measured: samplesOf(full.map((opening) => opening.rawReadMs)),
      runs: full.length,
      build: 'test build',
      note:
        'in the open popup, just after it read the same records (so warm); the part of the ' +
        'figure above that reading the data costs',
    }),
  ];
}
