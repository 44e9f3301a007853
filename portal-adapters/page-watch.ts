/** How long the page must be quiet before it is looked at again. */
const SETTLE_MS = 120;

/** At most this many looks per minute, however busy the page is. */
const MAX_LOOKS_PER_MINUTE = 120;

/** What the watcher needs from the content-script context. */
export interface WatchContext {
  isInvalid: boolean;
  onInvalidated: (callback: () => void) => unknown;
}

/**
 * Calls `onChange` after the page's DOM or address changes and then settles: a single-page
 * portal changes route with `pushState` and renders each screen a moment later. The work is
 * bounded twice: changes are coalesced until the page is quiet for a moment, and the number of
 * looks per minute is capped. Stops for good when the extension is reloaded under the page.
 */
export function watchPageChanges(ctx: WatchContext, doc: Document, onChange: () => void): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let windowStart = Date.now();
  let looks = 0;

  const look = () => {
    timer = undefined;
    if (ctx.isInvalid) return;
    const now = Date.now();
    if (now - windowStart > 60_000) {
      windowStart = now;
      looks = 0;
    }
    if (looks >= MAX_LOOKS_PER_MINUTE) {
      timer = setTimeout(look, windowStart + 60_000 - now);
      return;
    }
    looks += 1;
    onChange();
  };
  const schedule = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(look, SETTLE_MS);
  };

  const observer = new MutationObserver(schedule);
  observer.observe(doc.documentElement, { childList: true, subtree: true, characterData: true });
  doc.defaultView?.addEventListener('popstate', schedule);
  ctx.onInvalidated(() => {
    observer.disconnect();
    doc.defaultView?.removeEventListener('popstate', schedule);
    if (timer !== undefined) clearTimeout(timer);
  });
}
