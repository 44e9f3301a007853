import { doesUrlMatchPatterns } from 'webext-patterns';

/** Who may send a message. */
export type SenderKind = 'portal-tab' | 'extension-page' | 'background';

/**
 * True when the sender is what the receiver expects: a content script in a tab on a portal host
 * the extension was granted, an extension page of this extension, or (for a content script
 * receiving commands) this extension's background.
 */
export function isExpectedSender(
  sender: chrome.runtime.MessageSender,
  expected: SenderKind,
  portalPatterns: readonly string[],
): boolean {
  if (sender.id !== chrome.runtime.id) return false;

  const extensionOrigin = new URL(chrome.runtime.getURL('/')).origin;
  const url = sender.url ?? '';
  if (expected === 'extension-page') return url.startsWith(`${extensionOrigin}/`);
  if (expected === 'background')
    return !sender.tab && (url === '' || url.startsWith(extensionOrigin));
  return Boolean(sender.tab?.id !== undefined && matchesIgnoringPort(url, portalPatterns));
}

/** Chrome's match patterns without a port match every port; the portal fixture relies on it. */
function matchesIgnoringPort(url: string, patterns: readonly string[]): boolean {
  if (!URL.canParse(url)) return false;
  const withoutPort = new URL(url);
  withoutPort.port = '';
  return doesUrlMatchPatterns(withoutPort.href, ...patterns);
}

/** The host patterns granted to the extension: the portal hosts (and the fixture in test builds). */
export async function grantedPortalPatterns(): Promise<string[]> {
  return (await chrome.permissions.getAll()).origins ?? [];
}
