import { chromium, type BrowserContext } from 'playwright-core';
import { quietLaunchOptions } from '../lib/find-chromium';
import { tempFolder } from '../lib/temp-folder';

/**
 * A Chromium with no extension at all, launched like the extension browser (same switches, a
 * fresh profile, the same window size), so page costs can be compared with and without it.
 */
export async function launchPlainBrowser(): Promise<{
  context: BrowserContext;
  close(): Promise<void>;
}> {
  // Found first: with no browser there is no profile folder to leave behind.
  const launchOptions = quietLaunchOptions();
  const profile = await tempFolder('case-associator-plain-');
  const removeProfile = profile.remove;
  const context = await chromium
    .launchPersistentContext(profile.path, {
      ...launchOptions,
      viewport: { width: 1100, height: 800 },
    })
    .catch(async (error: unknown) => {
      await removeProfile();
      throw error;
    });
  return {
    context,
    close: async () => {
      // The profile goes even when the browser is already gone and closing it fails.
      await context.close().finally(removeProfile);
    },
  };
}
