/**
 * Client-side routing with the History API: links to `/qest/app/...` are intercepted and turned
 * into `history.pushState`, the back button re-renders from `popstate`, and no screen change ever
 * loads a page.
 */

/** Every screen of the app lives under this. */
export const APP_PREFIX = '/qest/app/';

let renderCurrent = () => {};

/** Starts routing: `render` is called now and after every navigation. */
export function startRouter(render) {
  renderCurrent = render;
  document.addEventListener('click', interceptLink);
  window.addEventListener('popstate', () => renderCurrent());
  renderCurrent();
}

/** Goes to a path (with its query) without loading a page; `replace` keeps history as it is. */
export function navigate(path, { replace = false } = {}) {
  if (replace) {
    history.replaceState(null, '', path);
  } else {
    history.pushState(null, '', path);
  }
  renderCurrent();
}

function interceptLink(event) {
  const isPlainClick =
    event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey;
  const link = event.target instanceof Element ? event.target.closest('a[href]') : null;
  if (event.defaultPrevented || !isPlainClick || !link || link.target) {
    return;
  }

  const url = new URL(link.href, location.href);
  if (url.origin === location.origin && url.pathname.startsWith(APP_PREFIX)) {
    event.preventDefault();
    navigate(url.pathname + url.search);
  }
}
