import type { BrowserContext } from 'playwright-core';
import { startPortalFixture } from '../../portal-fixture/server';
import { Cleanups } from '../lib/cleanups';
import { launchExtensionBrowser } from '../lib/extension-browser';
import { logInToPortal } from '../lib/navigator';
import { readStoredCases } from '../lib/read-cases';
import { figure, samplesOf, type Figure } from './figure';
import { launchPlainBrowser } from './plain-browser';
import { pause } from './stats';

/** Elements the household page is padded with. */
const PADDING_ELEMENTS = 5_000;

/** Loads timed in each browser, after one untimed load in each. */
const LOADS = 9;

/** After the load event, time for the content script (run at document_idle) to finish its work. */
const SETTLE_MS = 1_000;

/** Main-thread times of one page load, in milliseconds of thread CPU time. */
interface LoadCost {
  taskMs: number;
  scriptMs: number;
}

/**
 * Figure 4, main-thread part: the household page padded to about 5,000 elements, loaded in a
 * Chromium with the extension and in one without any extension, in turn. Each load is a fresh
 * tab, so its renderer process is new and the DevTools protocol's `Performance.getMetrics`
 * (TaskDuration, ScriptDuration, counted in thread CPU time so other processes on the machine
 * matter less) covers that load alone.
 */
export async function measureContentScriptCost(extensionDir: string): Promise<Figure[]> {
  const cleanups = new Cleanups();
  try {
    const portal = await cleanups.start(
      startPortalFixture({ householdPaddingElements: PADDING_ELEMENTS }),
    );
    const withExtension = await cleanups.start(launchExtensionBrowser({ extensionDir }));
    const without = await cleanups.start(launchPlainBrowser());
    const url = `${portal.url}/mets/application/A100234/household`;
    for (const context of [withExtension.context, without.context]) {
      await logIn(context, portal.url);
    }

    const elements = await countElements(without.context, url);
    const costs = { with: [] as LoadCost[], without: [] as LoadCost[] };
    for (let load = 0; load <= LOADS; load += 1) {
      const withCost = await loadCost(withExtension.context, url);
      const withoutCost = await loadCost(without.context, url);
      if (load === 0) continue;
      costs.with.push(withCost);
      costs.without.push(withoutCost);
    }

    const captured = await readStoredCases(await withExtension.serviceWorker());
    if (!captured.some((record) => record.applicationKey === 'A100234')) {
      throw new Error('the content script did not capture the padded household page');
    }
    return contentScriptFigures(costs, elements);
  } finally {
    await cleanups.closeAll();
  }
}

function contentScriptFigures(
  costs: { with: LoadCost[]; without: LoadCost[] },
  elements: number,
): Figure[] {
  const page = `household page, ${elements.toLocaleString('en-US')} elements`;
  return [
    figure(
      {
        group: 4,
        name: `Content script: main-thread time of a page load (${page})`,
        unit: 'ms',
        measured: samplesOf(costs.with.map((cost) => cost.taskMs)),
        limit: {
          name: 'the same load without the extension',
          ...samplesOf(costs.without.map((cost) => cost.taskMs)),
        },
        runs: costs.with.length,
        build: 'test build',
        note: 'TaskDuration, thread CPU time, fresh tab per load; the difference is what it adds',
      },
      { paired: true },
    ),
    figure({
      group: 4,
      name: `Content script: its own script time on that load`,
      unit: 'ms',
      measured: samplesOf(costs.with.map((cost) => cost.scriptMs)),
      runs: costs.with.length,
      build: 'test build',
      note: 'ScriptDuration; the fixture pages run no script of their own (0 ms without it)',
    }),
  ];
}

async function logIn(context: BrowserContext, portalUrl: string): Promise<void> {
  const page = await context.newPage();
  await logInToPortal(page, portalUrl);
  await page.close();
}

async function countElements(context: BrowserContext, url: string): Promise<number> {
  const page = await context.newPage();
  await page.goto(url);
  const count: number = await page.evaluate('document.getElementsByTagName("*").length');
  await page.close();
  return count;
}

async function loadCost(context: BrowserContext, url: string): Promise<LoadCost> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  await page.goto(url, { waitUntil: 'load' });
  await pause(SETTLE_MS);
  const { metrics } = await cdp.send('Performance.getMetrics');
  await page.close();

  const seconds = (name: string) => metrics.find((metric) => metric.name === name)?.value ?? NaN;
  return { taskMs: seconds('TaskDuration') * 1000, scriptMs: seconds('ScriptDuration') * 1000 };
}
