import { browser } from 'wxt/browser';
import { logger } from '../logging/logger';
import { grantedPortalPatterns } from '../messaging/senders';
import { PORTAL_SCRIPT_FILE } from './content-scripts';

const log = logger('install');

/**
 * After an install, update or reload, Chrome does not put content scripts into tabs that were
 * already open, and the old scripts there are cut off. This injects the current content script
 * into every open portal tab, so the navigator does not have to reload them.
 */
export async function reachOpenPortalTabs(): Promise<void> {
  const origins = await grantedPortalPatterns();
  if (origins.length === 0) return;

  const tabs = await browser.tabs.query({ url: origins });
  const files: ScriptPublicPath[] = [PORTAL_SCRIPT_FILE];
  for (const tab of tabs) {
    if (tab.id === undefined || tab.discarded) continue;
    await browser.scripting
      .executeScript({ target: { tabId: tab.id }, files })
      .catch((error: unknown) =>
        log.warn(`tab ${tab.id} not reached: ${(error as Error).message}`),
      );
  }
}
