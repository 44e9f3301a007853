import { api, ApiFailure } from './api.js';
import { setChildren, wait } from './dom.js';
import { renderLayout } from './layout.js';
import { navigate, startRouter } from './router.js';
import { systemBody, systemScreenFor } from './system-screens.js';
import { spinner } from './ui.js';
import { viewFor } from './views.js';

/**
 * The QEST single-page app. Each navigation renders the route's heading and a spinner at once,
 * then the route's content once its data has arrived and its delay has passed (the delay stands
 * for a real app's data loading, so fields appear a moment after the route changes). The session
 * is checked with the API; a `401` from any call shows the login screen.
 */

const config = JSON.parse(document.getElementById('qst-config').textContent);
const root = document.getElementById('qst-root');
const session = { navigator: null };
const HOME = '/qest/app/dashboard';
const LOGIN = '/qest/app/login';

/** Counts renders, so an answer that arrives after the navigator moved on is dropped. */
let renderCount = 0;

async function renderRoute() {
  const path = location.pathname;
  if (path === '/qest/' || path === '/qest/app' || path === '/qest/app/') {
    navigate(HOME, { replace: true });
    return;
  }

  const token = ++renderCount;
  const { view, params } = viewFor(path);
  const screen = renderLayout(root, { heading: view.heading, session, isPublic: view.isPublic });
  setChildren(screen.body, spinner());
  const ctx = {
    config,
    params,
    query: new URLSearchParams(location.search),
    session,
    navigate,
    isCurrent: () => token === renderCount,
    fail: (error) => showFailure(error, ctx, screen),
  };
  try {
    if (!view.isPublic && !session.navigator) {
      session.navigator = (await api('/qest/api/session')).data.navigator;
      screen.showNavigator(session.navigator);
    }
    const [data] = await Promise.all([view.load ? view.load(ctx) : null, wait(view.delayMs)]);
    if (ctx.isCurrent()) {
      setChildren(screen.body, view.render(data, ctx));
    }
  } catch (error) {
    ctx.fail(error);
  }
}

function showFailure(error, ctx, screen) {
  if (!ctx.isCurrent()) {
    return;
  }
  if (!(error instanceof ApiFailure)) {
    console.error('[qest]', error);
  }
  const kind = error instanceof ApiFailure ? error.kind : 'server';
  if (kind === 'session') {
    showLogin();
    return;
  }
  const system = systemScreenFor(kind);
  screen.setHeading(system.heading);
  setChildren(screen.body, systemBody(system, { text: 'Try again', run: () => renderRoute() }));
}

/**
 * The login screen, remembering where the navigator was. It says the session ended only when this
 * page had one; a first visit gets the plain login screen.
 */
function showLogin() {
  const hadSession = session.navigator !== null;
  session.navigator = null;
  const query = new URLSearchParams({ next: location.pathname + location.search });
  if (hadSession) {
    query.set('reason', 'expired');
  }
  navigate(`${LOGIN}?${query.toString()}`, { replace: true });
}

// The NCAF frame says so when its session ended mid-form.
window.addEventListener('message', (event) => {
  if (event.origin === location.origin && event.data?.type === 'qest:session-ended') {
    showLogin();
  }
});

startRouter(renderRoute);
