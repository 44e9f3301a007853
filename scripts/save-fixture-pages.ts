import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { format, resolveConfig } from 'prettier';
import { startPortalFixture, type PortalFixture } from '../portal-fixture/server';

/**
 * Saves the METS fixture's pages as HTML files for the adapter contract tests:
 * `npx tsx scripts/save-fixture-pages.ts`. The fixture runs on a fixed clock and a fresh seed, and
 * each form's CSRF token is replaced by a constant, so the files only change when the pages do.
 * Pages are formatted with the project's Prettier settings so the saved files pass the format
 * check.
 */

const OUTPUT_DIR = join('tests', 'unit', 'adapters', 'pages', 'mets');

/** 3 December 2026, 9:00 in Minnesota. */
const FIXED_NOW = new Date('2026-12-03T15:00:00Z');

/** The consumer whose application pages are saved: the one with an accent and an apostrophe. */
const APPLICATION = '/mets/application/A100235';

const SAVED_TOKEN = 'saved-page-csrf-token';

/** A valid filing for Marisol Vega's case. */
const VALID_FILING = {
  __o3ncaf_caseNumber: '40012345',
  __o3ncaf_firstName: 'Marisol',
  __o3ncaf_lastName: 'Vega',
  __o3ncaf_dob: '04/12/1988',
  __o3ncaf_assistedDate: '12/01/2026',
  __o3ncaf_reason: 'OAU',
  __o3ncaf_program: 'MA',
  __o3ncaf_assisterId: 'NAV204815',
  __o3ncaf_organization: 'North Star Community Navigators',
  __o3ncaf_signature: 'Jordan Avery',
  __o3ncaf_attest: 'true',
};

/** A filing with the errors a navigator typically meets: name punctuation, a future date. */
const FILING_WITH_ERRORS = {
  ...VALID_FILING,
  __o3ncaf_caseNumber: '4001234',
  __o3ncaf_firstName: 'Renée',
  __o3ncaf_lastName: "O'Connell",
  __o3ncaf_dob: '09/30/1975',
  __o3ncaf_assistedDate: '12/04/2026',
  __o3ncaf_reason: '',
  __o3ncaf_program: 'QHP_APTC',
};

/** A navigator's browser: keeps the session cookie, does not follow redirects. */
class Browser {
  private cookie = '';

  constructor(private readonly baseUrl: string) {}

  async page(path: string): Promise<string> {
    return (await this.send(path, { method: 'GET' })).text();
  }

  async post(path: string, fields: Record<string, string>): Promise<Response> {
    return this.send(path, { method: 'POST', body: new URLSearchParams(fields) });
  }

  async signIn(): Promise<void> {
    await this.post('/mets/login', { username: 'navigator1', password: 'any' });
  }

  async submitNcaf(fields: Record<string, string>): Promise<Response> {
    const form = await this.page('/mets/ncaf');
    const csrfToken = /name="csrfToken" value="([^"]*)"/.exec(form)?.[1] ?? '';
    return this.post('/mets/ncaf', { csrfToken, ...fields });
  }

  private async send(path: string, init: RequestInit): Promise<Response> {
    const headers = this.cookie ? { cookie: this.cookie } : undefined;
    const response = await fetch(this.baseUrl + path, { ...init, headers, redirect: 'manual' });
    this.cookie = response.headers.get('set-cookie')?.split(';')[0] ?? this.cookie;
    return response;
  }
}

async function main(): Promise<void> {
  const fixture = await startPortalFixture({ now: () => FIXED_NOW });
  const renamed = await startPortalFixture({ now: () => FIXED_NOW, idVariant: 'renamed' });
  try {
    const pages = { ...(await savePortalPages(fixture)), ...(await saveRenamedPages(renamed)) };
    await mkdir(OUTPUT_DIR, { recursive: true });
    for (const [name, page] of Object.entries(pages)) {
      await writePage(name, page);
    }
    console.log(`[save-fixture-pages] saved ${Object.keys(pages).length} pages to ${OUTPUT_DIR}`);
  } finally {
    await Promise.all([fixture.close(), renamed.close()]);
  }
}

async function savePortalPages(fixture: PortalFixture): Promise<Record<string, string>> {
  const browser = new Browser(fixture.url);
  const pages: Record<string, string> = {
    login: await browser.page('/mets/login'),
    'login-expired': await browser.page('/mets/login?reason=expired&next=%2Fmets%2Fncaf'),
  };
  await browser.signIn();

  pages.dashboard = await browser.page('/mets/dashboard');
  pages.household = await browser.page(`${APPLICATION}/household`);
  pages.signature = await browser.page(`${APPLICATION}/signature`);
  pages.eligibility = await browser.page(`${APPLICATION}/eligibility`);
  pages.ncaf = await browser.page('/mets/ncaf');
  pages['ncaf-errors'] = await (await browser.submitNcaf(FILING_WITH_ERRORS)).text();
  const filed = await browser.submitNcaf(VALID_FILING);
  pages.confirmation = await browser.page(filed.headers.get('location') ?? '');
  pages['ncaf-already-associated'] = await (await browser.submitNcaf(VALID_FILING)).text();
  pages.associations = await browser.page('/mets/associations?caseNumber=40012345');
  pages['associations-empty'] = await browser.page('/mets/associations?caseNumber=40012346');
  pages['verification-failed'] = await (await browser.post('/mets/ncaf', VALID_FILING)).text();

  fixture.setFault({ kind: 'maintenance503', times: 1 });
  pages.maintenance = await browser.page('/mets/dashboard');
  fixture.setFault({ kind: 'error500', times: 1 });
  pages['server-error'] = await browser.page('/mets/dashboard');
  return pages;
}

async function saveRenamedPages(fixture: PortalFixture): Promise<Record<string, string>> {
  const browser = new Browser(fixture.url);
  await browser.signIn();
  return { 'household-renamed': await browser.page(`${APPLICATION}/household`) };
}

async function writePage(name: string, page: string): Promise<void> {
  const path = join(OUTPUT_DIR, `${name}.html`);
  const stable = page.replace(/(name="csrfToken" value=")[^"]*"/g, `$1${SAVED_TOKEN}"`);
  const options = await resolveConfig(path);
  await writeFile(path, await format(stable, { ...options, filepath: path }));
}

main().catch((error: unknown) => {
  console.error('[save-fixture-pages]', error);
  process.exit(1);
});
