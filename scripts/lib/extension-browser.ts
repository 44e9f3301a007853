import { resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { findChromium, NO_SIGNAL_HANDLERS, QUIET_CHROMIUM_ARGS } from './find-chromium';
import { tempFolder } from './temp-folder';

/** The unpacked test build (`npm run build:test`), which may run on the loopback fixture. */
export const TEST_BUILD_DIR = resolve('.output/chrome-mv3-test');

/** A Chromium with the extension loaded, in a fresh profile. */
export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  profileDir: string;
  /** The running service worker (started again first if it was stopped). */
  serviceWorker(): Promise<Worker>;
  close(): Promise<void>;
}

/** Launch options. */
export interface LaunchOptions {
  extensionDir?: string;
  headless?: boolean;
  /** Reuse a profile folder (to test a browser restart); a fresh one is made otherwise. */
  profileDir?: string;
}

/**
 * Launches Chromium with the extension loaded. Playwright adds `--disable-extensions` by default,
 * so that default is removed and the extension named on both switches Chromium needs.
 */
export async function launchExtensionBrowser(
  options: LaunchOptions = {},
): Promise<ExtensionBrowser> {
  const extensionDir = options.extensionDir ?? TEST_BUILD_DIR;
  // Found first: with no browser there is no profile folder to leave behind.
  const executablePath = findChromium();
  const ownProfile = options.profileDir ? null : await tempFolder('case-associator-');
  const profileDir = options.profileDir ?? ownProfile!.path;
  const removeProfile = async () => ownProfile?.remove();
  const context = await chromium
    .launchPersistentContext(profileDir, {
      executablePath,
      headless: options.headless ?? true,
      ignoreDefaultArgs: ['--disable-extensions'],
      args: [
        `--disable-extensions-except=${extensionDir}`,
        `--load-extension=${extensionDir}`,
        ...QUIET_CHROMIUM_ARGS,
        // Lets a test reload the unpacked extension through the DevTools protocol, as an update.
        '--enable-unsafe-extension-debugging',
      ],
      viewport: { width: 1100, height: 800 },
      ...NO_SIGNAL_HANDLERS,
    })
    .catch(async (error: unknown) => {
      await removeProfile();
      throw error;
    });

  const first = context.serviceWorkers()[0] ?? (await firstServiceWorker(context, removeProfile));
  const extensionId = new URL(first.url()).host;

  return {
    context,
    extensionId,
    profileDir,
    serviceWorker: () => runningServiceWorker(context, extensionId),
    close: async () => {
      // The profile goes even when the browser is already gone and closing it fails.
      await context.close().finally(removeProfile);
    },
  };
}

/** Waits for the extension's worker to start; on failure closes the browser it was started in. */
async function firstServiceWorker(context: BrowserContext, removeProfile: () => Promise<void>) {
  try {
    return await context.waitForEvent('serviceworker');
  } catch (error) {
    await context.close().finally(removeProfile);
    throw new Error(`the extension did not start in Chromium: ${(error as Error).message}`);
  }
}

/**
 * The extension's service worker, woken when stopped. A stopped worker's handle waits silently
 * until the worker runs again, so the check is bounded; an extension page then sends the worker a
 * message, which makes Chrome start it.
 */
async function runningServiceWorker(context: BrowserContext, extensionId: string): Promise<Worker> {
  const known = () => context.serviceWorkers().find((worker) => worker.url().includes(extensionId));
  const existing = known();
  if (existing && (await answersWithin(existing, 1_000))) return existing;

  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/popup.html`);
  await page.evaluate('chrome.runtime.sendMessage({ type: "wake" }).catch(() => null)');
  await page.close();
  for (let tries = 0; tries < 50; tries += 1) {
    const worker = known();
    if (worker && (await answersWithin(worker, 500))) return worker;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error('the extension service worker did not start');
}

async function answersWithin(worker: Worker, ms: number): Promise<boolean> {
  const timeout = new Promise<false>((resolve) => setTimeout(() => resolve(false), ms));
  const answer = worker.evaluate('1').then(
    () => true,
    () => false,
  );
  return Promise.race([answer, timeout]);
}

/**
 * Reloads the unpacked extension from its folder, the way Chrome applies an update: the old
 * service worker and content scripts are cut off and the new ones start. (`runtime.reload()`
 * leaves an extension loaded from the command line disabled.)
 */
export async function reloadExtension(browser: ExtensionBrowser, extensionDir = TEST_BUILD_DIR) {
  const cdp = await browser.context.browser()!.newBrowserCDPSession();
  await cdp.send('Extensions.loadUnpacked' as never, { path: extensionDir } as never);
  await cdp.detach();
}

/** Stops every service worker, as Chrome does when one idles out. */
export async function stopServiceWorkers(context: BrowserContext): Promise<void> {
  const page: Page = context.pages()[0] ?? (await context.newPage());
  const session = await context.newCDPSession(page);
  await session.send('ServiceWorker.enable');
  await session.send('ServiceWorker.stopAllWorkers');
  await session.detach();
}

/** The action badge as the toolbar shows it. */
export async function readBadge(worker: Worker) {
  return worker.evaluate(async () => ({
    text: await chrome.action.getBadgeText({}),
    color: await chrome.action.getBadgeBackgroundColor({}),
    title: await chrome.action.getTitle({}),
  }));
}
