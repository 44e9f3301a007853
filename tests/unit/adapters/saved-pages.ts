import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { PageKind } from '../../../portal-adapters/profile-schema';

/**
 * The METS pages saved from the portal fixture by `scripts/save-fixture-pages.ts`, with the URL
 * path each was served at and the kind of page it is.
 */

// A path, not a URL: under jsdom the global URL resolves against the page, not this file.
const PAGES_DIR = join(dirname(fileURLToPath(import.meta.url)), 'pages', 'mets');

/** The application every saved application page belongs to. */
export const APPLICATION_PATH = '/mets/application/A100235';

export const SAVED_PAGES = {
  login: { path: '/mets/login', kind: 'login' },
  'login-expired': { path: '/mets/login?reason=expired&next=%2Fmets%2Fncaf', kind: 'login' },
  dashboard: { path: '/mets/dashboard', kind: 'dashboard' },
  household: { path: `${APPLICATION_PATH}/household`, kind: 'household' },
  'household-renamed': { path: `${APPLICATION_PATH}/household`, kind: 'household' },
  signature: { path: `${APPLICATION_PATH}/signature`, kind: 'signature' },
  eligibility: { path: `${APPLICATION_PATH}/eligibility`, kind: 'eligibility' },
  ncaf: { path: '/mets/ncaf', kind: 'ncafForm' },
  'ncaf-errors': { path: '/mets/ncaf', kind: 'ncafForm' },
  'ncaf-already-associated': { path: '/mets/ncaf', kind: 'ncafForm' },
  confirmation: { path: '/mets/ncaf/confirmation/NCAF-30000001', kind: 'ncafConfirmation' },
  associations: { path: '/mets/associations?caseNumber=40012345', kind: 'associations' },
  'associations-empty': { path: '/mets/associations?caseNumber=40012346', kind: 'associations' },
  // The fixture serves its fault pages in place of whatever page was asked for.
  maintenance: { path: '/mets/dashboard', kind: 'maintenance' },
  'server-error': { path: '/mets/dashboard', kind: 'serverError' },
  'verification-failed': { path: '/mets/ncaf', kind: 'forbidden' },
} as const satisfies Record<string, { path: string; kind: PageKind }>;

export type SavedPage = keyof typeof SAVED_PAGES;

/** The names of the saved page files, without `.html`. */
export function savedPageFiles(): string[] {
  return readdirSync(PAGES_DIR)
    .filter((file) => file.endsWith('.html'))
    .map((file) => file.slice(0, -'.html'.length))
    .sort();
}

/**
 * Loads a saved page into the test's jsdom document and moves the window to the path it was
 * served at, so `location.pathname` is what a content script would see there.
 */
export function loadSavedPage(name: SavedPage, path: string = SAVED_PAGES[name].path): Document {
  const html = readFileSync(join(PAGES_DIR, `${name}.html`), 'utf8');
  const parsed = new DOMParser().parseFromString(html, 'text/html');

  window.history.replaceState(null, '', path);
  document.replaceChild(document.adoptNode(parsed.documentElement), document.documentElement);
  return document;
}
