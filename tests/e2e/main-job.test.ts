import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startPortalFixture, type PortalFixture } from '../../portal-fixture/server';
import {
  launchExtensionBrowser,
  readBadge,
  type ExtensionBrowser,
} from '../../scripts/lib/extension-browser';
import {
  DEMO_NAVIGATOR,
  logInToPortal,
  setUpExtension,
  waitUntil,
  workApplication,
} from '../../scripts/lib/navigator';

const FILED_CASE = { applicationId: 'A100234', caseNumber: '40012345' };
const ACCENTED_CASE = { applicationId: 'A100235', caseNumber: '40012346' };
const SIGNATURE_CASE = { applicationId: 'A100236', caseNumber: '40012347' };

describe('the main job in Chromium: capture a case and file its NCAF', () => {
  let portal: PortalFixture;
  let browser: ExtensionBrowser;
  let navigatorPage: Page;

  beforeAll(async () => {
    portal = await startPortalFixture();
    browser = await launchExtensionBrowser();
    // Standing consent comes later in the first test, to see the badge count before filing.
    await setUpExtension(browser.context, browser.extensionId, {
      ...DEMO_NAVIGATOR,
      consent: false,
    });
    navigatorPage = await browser.context.newPage();
    await logInToPortal(navigatorPage, portal.url);
  });

  afterAll(async () => {
    await browser?.close();
    await portal?.close();
  });

  it('should capture a worked case, then file it by itself once consent is given', async () => {
    const worker = await browser.serviceWorker();

    await workApplication(navigatorPage, portal.url, FILED_CASE.applicationId);
    // 30 days out the badge shows no count (it counts cases due within 7 days); its title does.
    await expect.poll(async () => (await readBadge(worker)).title).toContain('1 case needs filing');
    expect(portal.ncafSubmissions(FILED_CASE.caseNumber)).toBe(0);
    await setUpExtension(browser.context, browser.extensionId);
    const filed = await waitUntil(() => portal.associationCount(FILED_CASE.caseNumber) === 1);

    expect(filed).toBe(true);
    const association = portal.associations().find((a) => a.caseNumber === FILED_CASE.caseNumber);
    expect(association?.source).toBe('ncaf');
    expect(association?.assisterId).toBe(DEMO_NAVIGATOR.assisterId);
    await expect
      .poll(async () => (await readBadge(worker)).title)
      .toBe('Case Associator: no cases need filing');
    expect((await readBadge(worker)).text).toBe('');
    const popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    const row = popup.locator(`li.case:has-text("${FILED_CASE.caseNumber}")`);
    await expect.poll(() => row.getAttribute('data-status')).toBe('filed');
    expect(await row.locator('.case__confirmation').textContent()).toBe(
      association?.confirmationNumber,
    );
    expect(portal.associationCount(FILED_CASE.caseNumber)).toBe(1);
    expect(portal.ncafSubmissions(FILED_CASE.caseNumber)).toBe(1);
    await popup.close();
  });

  it('should type a name the portal accepts while the case keeps its own spelling', async () => {
    await workApplication(navigatorPage, portal.url, ACCENTED_CASE.applicationId);
    const filed = await waitUntil(() => portal.associationCount(ACCENTED_CASE.caseNumber) === 1);

    expect(filed).toBe(true);
    const association = portal
      .associations()
      .find((a) => a.caseNumber === ACCENTED_CASE.caseNumber);
    expect(portal.ncafSubmissions(ACCENTED_CASE.caseNumber)).toBe(1);
    expect(association?.source).toBe('ncaf');
    const popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    const row = popup.locator(`li.case:has-text("${ACCENTED_CASE.caseNumber}")`);
    await expect.poll(() => row.getAttribute('data-status')).toBe('filed');
    expect(await row.locator('.case__name').textContent()).toBe("Renée O'Connell");
    await popup.close();
  });

  it('should record a case associated on the signature page without filing an NCAF', async () => {
    await workApplication(
      navigatorPage,
      portal.url,
      SIGNATURE_CASE.applicationId,
      DEMO_NAVIGATOR.assisterId,
    );

    const popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    const row = popup.locator(`li.case:has-text("${SIGNATURE_CASE.caseNumber}")`);
    await expect.poll(() => row.getAttribute('data-status')).toBe('already-associated');
    expect(await row.locator('.case__status-text').textContent()).toContain('signature page');
    expect(portal.ncafSubmissions(SIGNATURE_CASE.caseNumber)).toBe(0);
    expect(portal.associationCount(SIGNATURE_CASE.caseNumber)).toBe(1);
    await popup.close();
  });

  it('should keep no case data in the portal origin', async () => {
    const stored = await navigatorPage.evaluate(async () => ({
      databases: (await indexedDB.databases()).map((database) => database.name),
      localStorageKeys: Object.keys(localStorage),
      sessionStorageKeys: Object.keys(sessionStorage),
    }));

    expect(stored).toEqual({ databases: [], localStorageKeys: [], sessionStorageKeys: [] });
  });
});
