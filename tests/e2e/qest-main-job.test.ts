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
  logInToQest,
  setUpExtension,
  waitUntil,
  workQestApplication,
} from '../../scripts/lib/navigator';
import { readStoredCases } from '../../scripts/lib/read-cases';

/** Marisol Vega's case in QEST's own numbering, and Renée O'Connell's. */
const FILED = { applicationId: 'A100234', caseNumber: 'Q605201101' };
const ACCENTED = { applicationId: 'A100235', caseNumber: 'Q605201174' };
const SIGNED = { applicationId: 'A100236' };

describe('the main job on the QEST generation (single-page app, NCAF in an iframe)', () => {
  let portal: PortalFixture;
  let browser: ExtensionBrowser;
  let navigatorPage: Page;

  beforeAll(async () => {
    portal = await startPortalFixture();
    browser = await launchExtensionBrowser();
    await setUpExtension(browser.context, browser.extensionId);
    navigatorPage = await browser.context.newPage();
    await logInToQest(navigatorPage, portal.url);
  });
  afterAll(async () => {
    await browser?.close();
    await portal?.close();
  });

  const storedCase = async (caseNumber: string) => {
    const cases = await readStoredCases(await browser.serviceWorker());
    return cases.find((record) => record.caseNumber === caseNumber);
  };

  it('should capture across client-side routes and file through the iframe, once', async () => {
    await workQestApplication(navigatorPage, portal.url, FILED.applicationId);
    const filed = await waitUntil(
      async () => (await storedCase(FILED.caseNumber))?.status === 'filed',
    );

    const record = await storedCase(FILED.caseNumber);
    const association = portal.associations()[0];
    expect(filed).toBe(true);
    expect(record).toMatchObject({
      profileId: 'qest',
      consumer: { firstName: 'Marisol', lastName: 'Vega', dateOfBirth: '1988-04-12' },
      program: 'MA',
    });
    expect(record?.association?.confirmationNumber).toBe(association?.confirmationNumber);
    expect(association?.confirmationNumber).toMatch(/^QA-\d{8}$/);
    expect(portal.associationCount(FILED.caseNumber)).toBe(1);
    expect(portal.ncafSubmissions(FILED.caseNumber)).toBe(1);
    expect((await readBadge(await browser.serviceWorker())).text).toBe('');
  });

  it('should type an accented name as is, since QEST accepts it', async () => {
    await workQestApplication(navigatorPage, portal.url, ACCENTED.applicationId);
    const filed = await waitUntil(
      async () => (await storedCase(ACCENTED.caseNumber))?.status === 'filed',
    );

    expect(filed).toBe(true);
    expect(portal.associationCount(ACCENTED.caseNumber)).toBe(1);
  });

  it('should not file a case associated on the signature screen', async () => {
    await workQestApplication(
      navigatorPage,
      portal.url,
      SIGNED.applicationId,
      DEMO_NAVIGATOR.assisterId,
    );
    const settled = await waitUntil(async () => {
      const cases = await readStoredCases(await browser.serviceWorker());
      return cases.some((record) => record.status === 'already-associated');
    });

    const signed = (await readStoredCases(await browser.serviceWorker())).find(
      (record) => record.status === 'already-associated',
    );
    expect(settled).toBe(true);
    expect(signed?.association?.method).toBe('signature-page');
    expect(portal.ncafSubmissions(signed!.caseNumber!)).toBe(0);
  });
});
