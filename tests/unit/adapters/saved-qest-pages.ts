import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { PageKind } from '../../../portal-adapters/profile-schema';

/**
 * The QEST pages saved from the portal fixture by `scripts/save-qest-pages.ts`, with the URL path
 * each was shown at and the kind of page it is (null: no profile should recognise it).
 */

// A path, not a URL: under jsdom the global URL resolves against the page, not this file.
const PAGES_DIR = join(dirname(fileURLToPath(import.meta.url)), 'pages', 'qest');

/** The application every saved application page belongs to: Renée O'Connell's. */
export const QEST_APPLICATION_PATH = '/qest/app/applications/A100235';

/** The document the NCAF iframe loads; the form, its errors and its confirmation all live there. */
export const QEST_FRAME_PATH = '/qest/frames/ncaf';

export const SAVED_QEST_PAGES = {
  login: { path: '/qest/app/login', kind: 'login' },
  // The app shows its sign-in screen in place of the route that found the session gone.
  'login-expired': { path: '/qest/app/dashboard', kind: 'login' },
  dashboard: { path: '/qest/app/dashboard', kind: 'dashboard' },
  household: { path: `${QEST_APPLICATION_PATH}/household`, kind: 'household' },
  'household-renamed': { path: `${QEST_APPLICATION_PATH}/household`, kind: 'household' },
  signature: { path: `${QEST_APPLICATION_PATH}/signature`, kind: 'signature' },
  eligibility: { path: `${QEST_APPLICATION_PATH}/eligibility`, kind: 'eligibility' },
  // The host page only holds the iframe: the extension works inside the frame document.
  ncaf: { path: '/qest/app/ncaf', kind: null },
  'ncaf-frame': { path: QEST_FRAME_PATH, kind: 'ncafForm' },
  'ncaf-frame-errors': { path: QEST_FRAME_PATH, kind: 'ncafForm' },
  'ncaf-frame-already-associated': { path: QEST_FRAME_PATH, kind: 'ncafForm' },
  'ncaf-frame-no-answer': { path: QEST_FRAME_PATH, kind: 'ncafForm' },
  'ncaf-frame-confirmation': {
    path: `${QEST_FRAME_PATH}?confirmation=QA-30000001`,
    kind: 'ncafConfirmation',
  },
  associations: { path: '/qest/app/associations?caseNumber=Q605201101', kind: 'associations' },
  'associations-empty': {
    path: '/qest/app/associations?caseNumber=Q605201174',
    kind: 'associations',
  },
  // The app shows its fault screens in place of whatever route was asked for.
  maintenance: { path: '/qest/app/dashboard', kind: 'maintenance' },
  'server-error': { path: '/qest/app/dashboard', kind: 'serverError' },
} as const satisfies Record<string, { path: string; kind: PageKind | null }>;

export type SavedQestPage = keyof typeof SAVED_QEST_PAGES;

/** The names of the saved QEST page files, without `.html`. */
export function savedQestPageFiles(): string[] {
  return readdirSync(PAGES_DIR)
    .filter((file) => file.endsWith('.html'))
    .map((file) => file.slice(0, -'.html'.length))
    .sort();
}

/**
 * Loads a saved QEST page into the test's jsdom document and moves the window to the path it was
 * shown at, so `location.pathname` is what a content script would see there.
 */
export function loadSavedQestPage(
  name: SavedQestPage,
  path: string = SAVED_QEST_PAGES[name].path,
): Document {
  const html = readFileSync(join(PAGES_DIR, `${name}.html`), 'utf8');
  const parsed = new DOMParser().parseFromString(html, 'text/html');

  window.history.replaceState(null, '', path);
  document.replaceChild(document.adoptNode(parsed.documentElement), document.documentElement);
  return document;
}
