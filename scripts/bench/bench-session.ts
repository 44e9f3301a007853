import type { Page, Worker } from 'playwright-core';
import { startPortalFixture, type PortalFixture } from '../../portal-fixture/server';
import { Cleanups } from '../lib/cleanups';
import { launchExtensionBrowser, type ExtensionBrowser } from '../lib/extension-browser';
import { logInToPortal, setUpExtension } from '../lib/navigator';

/** Extra invented consumers the fixture is started with: enough for the 200-case queue drain. */
export const EXTRA_CONSUMERS = 200;

/**
 * The portal fixture and a Chromium with the test build, set up as the demo navigator (auto-filing
 * immediate, standing consent given) and logged in to the portal, shared by the figures that file.
 */
export interface BenchSession {
  portal: PortalFixture;
  browser: ExtensionBrowser;
  /** The navigator's own portal tab. */
  navigatorPage: Page;
  worker(): Promise<Worker>;
  /**
   * Back to the fixture's seed (no associations, no sessions) at the given latency, and the
   * navigator logged in again. The extension's cases are left as they are.
   */
  resetPortal(latencyMs: number): Promise<void>;
  close(): Promise<void>;
}

/** Starts the fixture and the browser, and sets the extension up. */
export async function startBenchSession(extensionDir: string): Promise<BenchSession> {
  const cleanups = new Cleanups();
  const portal = await cleanups.start(startPortalFixture({ extraConsumers: EXTRA_CONSUMERS }));
  let browser: ExtensionBrowser;
  let navigatorPage: Page;
  try {
    browser = await cleanups.start(launchExtensionBrowser({ extensionDir }));
    await setUpExtension(browser.context, browser.extensionId);
    navigatorPage = await browser.context.newPage();
    await logInToPortal(navigatorPage, portal.url);
  } catch (error) {
    await cleanups.closeAll();
    throw error;
  }

  return {
    portal,
    browser,
    navigatorPage,
    worker: () => browser.serviceWorker(),
    resetPortal: async (latencyMs) => {
      portal.reset();
      portal.setLatency(latencyMs);
      await logInToPortal(navigatorPage, portal.url);
    },
    close: () => cleanups.closeAll(),
  };
}
