import { browser } from 'wxt/browser';
import { logger } from '../logging/logger';

const log = logger('install');

/**
 * After an install, update or reload, Chrome does not put content scripts into tabs that were
 * already open, and the old scripts there are cut off. This injects the current content script
 * into every open portal tab, so the navigator does not have to reload them.
 */
export async function reachOpenPortalTabs(): Promise<void> {
  const manifest = browser.runtime.getManifest();
  const script = manifest.content_scripts?.[0];
  if (!script?.js?.length || !script.matches?.length) return;

  const tabs = await browser.tabs.query({ url: script.matches });
  // The manifest's paths are the built files themselves, which is what executeScript takes.
  const files = script.js as ScriptPublicPath[];
  for (const tab of tabs) {
    if (tab.id === undefined || tab.discarded) continue;
    await browser.scripting
      .executeScript({ target: { tabId: tab.id }, files })
      .catch((error: unknown) =>
        log.warn(`tab ${tab.id} not reached: ${(error as Error).message}`),
      );
  }
}
