import { browser } from 'wxt/browser';
import { logger } from '../logging/logger';
import { grantedPortalPatterns } from '../messaging/senders';

const log = logger('content-scripts');

/** The id of the portal content script registration. */
export const PORTAL_SCRIPT_ID = 'portal';

/** The built content script the registration runs. */
export const PORTAL_SCRIPT_FILE = '/content-scripts/portal.js';

/**
 * Registers the portal content script for exactly the granted hosts, updating or removing the
 * registration when the grants change. Called at every wake and when permissions change.
 */
export async function syncPortalContentScript(): Promise<void> {
  const origins = await grantedPortalPatterns();
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [PORTAL_SCRIPT_ID] });

  if (origins.length === 0) {
    if (existing.length > 0)
      await browser.scripting.unregisterContentScripts({ ids: [PORTAL_SCRIPT_ID] });
    return;
  }
  const script = {
    id: PORTAL_SCRIPT_ID,
    matches: origins,
    js: [PORTAL_SCRIPT_FILE],
    runAt: 'document_idle' as const,
    // QEST shows the NCAF inside an iframe of the same portal.
    allFrames: true,
    persistAcrossSessions: true,
  };
  if (existing.length > 0) await browser.scripting.updateContentScripts([script]);
  else await browser.scripting.registerContentScripts([script]);
  log.debug(`content script registered for ${origins.length} host pattern(s)`);
}
