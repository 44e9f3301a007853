import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { chromium, type Browser, type Frame, type Page } from 'playwright-core';
import { format, resolveConfig } from 'prettier';
import { startPortalFixture, type PortalFixture } from '../portal-fixture/server';
import { quietLaunchOptions } from './lib/find-chromium';

/**
 * Saves the QEST fixture's screens as HTML files for the adapter contract tests, as a browser
 * shows them: after the script ran and the late fields appeared, each form's current values
 * written into its attributes (a live page keeps them only in properties), the NCAF frame's
 * document saved on its own. `npx tsx scripts/save-qest-pages.ts`. The fixture runs on a fixed
 * clock and a fresh seed, so the files only change when the screens do.
 */

const OUTPUT_DIR = join('tests', 'unit', 'adapters', 'pages', 'qest');

/** 3 December 2026, 9:00 in Minnesota. */
const FIXED_NOW = new Date('2026-12-03T15:00:00Z');

/** The consumer whose application screens are saved: the one with an accent and an apostrophe. */
const APPLICATION = '/qest/app/applications/A100235';

/** NCAF values by the frame's labels; selects by option text. */
type Filing = Record<string, string>;

/** A valid filing for Marisol Vega's case. */
const VALID_FILING: Filing = {
  'Case ID': 'Q605201101',
  'Consumer given name': 'Marisol',
  'Consumer family name': 'Vega',
  'Consumer date of birth': '1988-04-12',
  'Date assisted': '2026-12-01',
  'Reason for association': 'Online application submitted without an assister',
  Program: 'Medical Assistance',
  'Assister ID': 'NAV204815',
  'Organization name': 'North Star Community Navigators',
  'Electronic signature': 'Jordan Avery',
};

/** The errors a navigator typically meets: a METS case number, a digit, a future date. */
const FILING_WITH_ERRORS: Filing = {
  ...VALID_FILING,
  'Case ID': '40012346',
  'Consumer given name': 'Ren3e',
  'Consumer family name': "O'Connell",
  'Date assisted': '2026-12-04',
  'Reason for association': 'Select a reason',
};

/** Hodan Farah's case, for the submit that gets no answer. */
const UNANSWERED_FILING: Filing = {
  ...VALID_FILING,
  'Case ID': 'Q605201236',
  'Consumer given name': 'Hodan',
  'Consumer family name': 'Farah',
  'Consumer date of birth': '1992-01-05',
};

/** Writes each control's live state into its attributes, so the saved HTML shows the screen. */
const FREEZE_FORM_STATE = `(() => {
  for (const input of document.querySelectorAll('input')) {
    if (input.type === 'checkbox' || input.type === 'radio') {
      input.toggleAttribute('checked', input.checked);
    } else if (input.type !== 'password') {
      input.setAttribute('value', input.value);
    }
  }
  for (const option of document.querySelectorAll('option')) {
    option.toggleAttribute('selected', option.selected);
  }
})()`;

async function main(): Promise<void> {
  const fixture = await startPortalFixture({ now: () => FIXED_NOW });
  const renamed = await startPortalFixture({ now: () => FIXED_NOW, idVariant: 'renamed' });
  const browser = await chromium.launch(quietLaunchOptions());
  try {
    const pages = {
      ...(await saveScreens(browser, fixture)),
      ...(await saveRenamedScreens(browser, renamed)),
    };
    await mkdir(OUTPUT_DIR, { recursive: true });
    for (const [name, html] of Object.entries(pages)) {
      await writePage(name, html);
    }
    console.log(`[save-qest-pages] saved ${Object.keys(pages).length} pages to ${OUTPUT_DIR}`);
  } finally {
    await browser.close();
    await Promise.all([fixture.close(), renamed.close()]);
  }
}

async function saveScreens(
  browser: Browser,
  fixture: PortalFixture,
): Promise<Record<string, string>> {
  const page = await (await browser.newContext()).newPage();
  const open = (path: string, ready: string): Promise<void> =>
    openScreen(page, fixture.url + path, ready);
  const pages: Record<string, string> = {};

  await open('/qest/app/login', '#qst-login-username');
  pages.login = await snapshot(page);
  await page.getByLabel('Username').fill('navigator1');
  await page.getByLabel('Password').fill('any-password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForSelector('#qst-dashboard-consumers');
  pages.dashboard = await snapshot(page);

  await open(`${APPLICATION}/household`, '#qst-hh-given-name');
  pages.household = await snapshot(page);
  await open(`${APPLICATION}/signature`, '#qst-sig-signature');
  pages.signature = await snapshot(page);
  await open(`${APPLICATION}/eligibility`, '#qst-elig-case-id');
  pages.eligibility = await snapshot(page);

  let frame = await openNcaf(page, fixture.url);
  pages.ncaf = await snapshot(page);
  pages['ncaf-frame'] = await snapshot(frame);
  pages['ncaf-frame-errors'] = await submitFiling(frame, FILING_WITH_ERRORS, '.qst-alert li');
  pages['ncaf-frame-confirmation'] = await submitFiling(frame, VALID_FILING, '#qst-conf-number');
  frame = await openNcaf(page, fixture.url);
  pages['ncaf-frame-already-associated'] = await submitFiling(frame, VALID_FILING, '.qst-alert li');
  // Unlimited: Chromium silently sends a POST again (up to twice) when a kept-alive connection
  // drops, so a fault that hit once would let a retry through.
  fixture.setFault({ kind: 'timeout', path: '/qest/api/ncaf', delayMs: 50 });
  frame = await openNcaf(page, fixture.url);
  pages['ncaf-frame-no-answer'] = await submitFiling(frame, UNANSWERED_FILING, '.qst-alert li');
  fixture.clearFaults();

  await open('/qest/app/associations?caseNumber=Q605201101', '#qst-assoc-results tbody tr');
  pages.associations = await snapshot(page);
  await open('/qest/app/associations?caseNumber=Q605201174', '.qst-empty');
  pages['associations-empty'] = await snapshot(page);

  // The app had a session, so losing it mid-work shows the "session has ended" notice.
  fixture.setFault({ kind: 'loginPage', path: '/qest/api/consumers', times: 1 });
  await page.getByRole('link', { name: 'Consumers' }).click();
  await page.waitForSelector('.qst-notice');
  pages['login-expired'] = await snapshot(page);

  await page.goto(`${fixture.url}/qest/app/login`);
  await page.getByLabel('Username').fill('navigator1');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForSelector('#qst-dashboard-consumers');
  fixture.setFault({ kind: 'maintenance503', path: '/qest/api/consumers', times: 1 });
  await openSystemScreen(page, fixture.url, 'QEST is down for maintenance');
  pages.maintenance = await snapshot(page);
  fixture.setFault({ kind: 'error500', path: '/qest/api/consumers', times: 1 });
  await openSystemScreen(page, fixture.url, 'Something went wrong');
  pages['server-error'] = await snapshot(page);
  return pages;
}

async function saveRenamedScreens(
  browser: Browser,
  fixture: PortalFixture,
): Promise<Record<string, string>> {
  const page = await (await browser.newContext()).newPage();
  await openScreen(page, `${fixture.url}/qest/app/login`, 'input[type="password"]');
  await page.getByLabel('Username').fill('navigator1');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForSelector('table');
  await page.goto(`${fixture.url}${APPLICATION}/household`);
  await page.getByLabel('Given name').waitFor();
  return { 'household-renamed': await snapshot(page) };
}

async function openScreen(page: Page, url: string, ready: string): Promise<void> {
  await page.goto(url);
  await page.waitForSelector(ready);
}

async function openSystemScreen(page: Page, baseUrl: string, heading: string): Promise<void> {
  await page.goto(`${baseUrl}/qest/app/dashboard`);
  await page.getByRole('heading', { name: heading, level: 1 }).waitFor();
}

async function openNcaf(page: Page, baseUrl: string): Promise<Frame> {
  await page.goto(`${baseUrl}/qest/app/ncaf`);
  const frame = await (await page.waitForSelector('#qst-ncaf-frame')).contentFrame();
  if (!frame) {
    throw new Error('the NCAF frame has no document');
  }
  await frame.waitForSelector('#qst-ncaf-case-id');
  return frame;
}

/** Fills the frame's form as a person would, submits, and saves what it shows after. */
async function submitFiling(frame: Frame, filing: Filing, ready: string): Promise<string> {
  for (const [label, value] of Object.entries(filing)) {
    const field = frame.getByLabel(label, { exact: true });
    const isSelect = (await field.evaluate((element) => element.tagName)) === 'SELECT';
    await (isSelect ? field.selectOption({ label: value }) : field.fill(value));
  }
  await frame.getByLabel('I confirm I helped this consumer').check();
  await frame.getByRole('button', { name: 'Submit association' }).click();
  await frame.waitForSelector(ready);
  return snapshot(frame);
}

async function snapshot(target: Page | Frame): Promise<string> {
  await target.evaluate(FREEZE_FORM_STATE);
  return target.content();
}

async function writePage(name: string, html: string): Promise<void> {
  const path = join(OUTPUT_DIR, `${name}.html`);
  const options = await resolveConfig(path);
  await writeFile(path, await format(html, { ...options, filepath: path }));
}

main().catch((error: unknown) => {
  console.error('[save-qest-pages]', error);
  process.exit(1);
});
