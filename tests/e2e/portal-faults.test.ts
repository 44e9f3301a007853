import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { PortalClient, validNcafFields } from '../unit/fixture/portal-client';
import { logInToPortal, waitUntil } from '../../scripts/lib/navigator';
import { ExtensionSession, MARISOL } from './support/extension-session';

/** Comfortably past any retry delay the filer can choose (at most an hour). */
const PAST_ANY_RETRY_MS = 2 * 60 * 60_000;

describe('portal faults: each gets the behaviour DESIGN.md gives it', () => {
  const session = new ExtensionSession();

  beforeAll(() => session.start());
  afterAll(() => session.stop());
  beforeEach(() => session.reset());

  it('should file once through slow portal pages', async () => {
    session.portal.setFault({ kind: 'slow', path: '/mets/ncaf', delayMs: 2_000 });

    await session.work(MARISOL);
    const record = await session.waitForStatus(MARISOL.caseNumber, 'filed');

    expect(record?.status).toBe('filed');
    expect(session.portal.associationCount(MARISOL.caseNumber)).toBe(1);
  });

  it('should wait and retry when the NCAF page shows the maintenance page', async () => {
    session.portal.setFault({ kind: 'maintenance503', path: '/mets/ncaf', times: 1 });

    await session.work(MARISOL);
    const waiting = await session.waitForStatus(MARISOL.caseNumber, 'retry-wait');
    await session.advanceAndWake(PAST_ANY_RETRY_MS);
    const record = await session.waitForStatus(MARISOL.caseNumber, 'filed');

    expect(waiting?.portalMessages[0]).toContain('maintenance');
    expect(record?.status).toBe('filed');
    expect(session.portal.associationCount(MARISOL.caseNumber)).toBe(1);
  });

  it('should look the case up after a 500 on submit, then retry and file once', async () => {
    session.portal.setFault({ kind: 'error500', path: '/mets/ncaf', method: 'POST', times: 1 });

    await session.work(MARISOL);
    const waiting = await session.waitForStatus(MARISOL.caseNumber, 'retry-wait');
    await session.advanceAndWake(PAST_ANY_RETRY_MS);
    const record = await session.waitForStatus(MARISOL.caseNumber, 'filed');

    const outcomes = (await session.attempts(record!.id)).map((attempt) => attempt.outcome);
    expect(waiting?.status).toBe('retry-wait');
    expect(outcomes).toEqual(['not-stored', 'filed']);
    expect(session.portal.associationCount(MARISOL.caseNumber)).toBe(1);
  });

  it('should show every attempt on the case detail view for payment disputes', async () => {
    session.portal.setFault({ kind: 'maintenance503', path: '/mets/ncaf', times: 1 });
    await session.work(MARISOL);
    await session.waitForStatus(MARISOL.caseNumber, 'retry-wait');
    await session.advanceAndWake(PAST_ANY_RETRY_MS);
    const record = await session.waitForStatus(MARISOL.caseNumber, 'filed');

    const popup = await session.openPopup();
    await popup.getByRole('button', { name: 'Details' }).click();
    const rows = popup.locator('table.trail tbody tr');
    await rows.nth(1).waitFor();

    expect(
      await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-outcome'))),
    ).toEqual(['retryable', 'filed']);
    expect(await rows.nth(0).textContent()).toContain('maintenance');
    expect(await rows.nth(1).textContent()).toContain(record!.association!.confirmationNumber!);
    await popup.close();
  });

  it('should treat a submit that never answers as unknown, look it up and retry', async () => {
    session.portal.setFault({
      kind: 'timeout',
      path: '/mets/ncaf',
      method: 'POST',
      times: 1,
      delayMs: 1_500,
    });

    await session.work(MARISOL);
    await session.waitForStatus(MARISOL.caseNumber, 'retry-wait');
    await session.advanceAndWake(PAST_ANY_RETRY_MS);
    const record = await session.waitForStatus(MARISOL.caseNumber, 'filed');

    expect(record?.status).toBe('filed');
    expect(session.portal.associationCount(MARISOL.caseNumber)).toBe(1);
    expect(session.portal.ncafSubmissions(MARISOL.caseNumber)).toBe(1);
  });

  it('should reconcile a lost response by lookup and never submit again', async () => {
    session.portal.setFault({ kind: 'dropAfterStore', times: 1 });

    await session.work(MARISOL);
    const record = await session.waitForStatus(MARISOL.caseNumber, 'filed');

    const stored = session.portal.associations()[0];
    expect(record?.association?.method).toBe('portal-list');
    expect(record?.association?.confirmationNumber).toBe(stored?.confirmationNumber);
    expect(session.portal.associationCount(MARISOL.caseNumber)).toBe(1);
    expect(session.portal.ncafSubmissions(MARISOL.caseNumber)).toBe(1);
  });

  it('should show a validation rejection with the portal message and not retry it', async () => {
    const message = 'Consumer date of birth does not match our records.';
    session.portal.setFault({ kind: 'validation', message });

    await session.work(MARISOL);
    const record = await session.waitForStatus(MARISOL.caseNumber, 'needs-attention');
    await session.advanceAndWake(PAST_ANY_RETRY_MS);

    expect(record?.portalMessages).toEqual([message]);
    expect((await session.storedCase(MARISOL.caseNumber))?.status).toBe('needs-attention');
    expect(session.portal.ncafSubmissions(MARISOL.caseNumber)).toBe(1);
    expect(session.portal.associationCount(MARISOL.caseNumber)).toBe(0);
  });

  it('should count "already associated" as success without a second association', async () => {
    const otherNavigator = new PortalClient(session.portal.url);
    await otherNavigator.signIn();
    await otherNavigator.submitNcaf(validNcafFields({ __o3ncaf_assisterId: 'OTH000001' }));

    await session.work(MARISOL);
    const record = await session.waitForStatus(MARISOL.caseNumber, 'already-associated');

    expect(record?.portalMessages[0]).toContain('already associated');
    expect(session.portal.associationCount(MARISOL.caseNumber)).toBe(1);
    expect(session.portal.ncafSubmissions(MARISOL.caseNumber)).toBe(2);
  });

  it('should pause on the login page, say so once, and resume after the navigator logs in', async () => {
    session.portal.setFault({ kind: 'loginPage', path: '/mets/ncaf', times: 1 });

    await session.work(MARISOL);
    const paused = await session.waitForStatus(MARISOL.caseNumber, 'needs-login');
    const badge = await session.badge();
    const worker = await session.worker();
    const notifications = await worker.evaluate(
      'chrome.notifications.getAll().then((all) => Object.keys(all))',
    );
    await logInToPortal(session.navigatorPage, session.portal.url);
    const record = await session.waitForStatus(MARISOL.caseNumber, 'filed');

    expect(paused?.status).toBe('needs-login');
    expect(badge.text).toBe('!');
    expect(badge.title).toContain('Log in to the portal');
    expect(notifications).toEqual(['portal-login']);
    expect(record?.status).toBe('filed');
    expect(session.portal.associationCount(MARISOL.caseNumber)).toBe(1);
  });

  it('should survive the session ending mid-form: look up after login, then file once', async () => {
    session.portal.setFault({ kind: 'expireMidForm', times: 1 });

    await session.work(MARISOL);
    await session.waitForStatus(MARISOL.caseNumber, 'needs-login');
    await logInToPortal(session.navigatorPage, session.portal.url);
    const record = await session.waitForStatus(MARISOL.caseNumber, 'filed');

    const outcomes = (await session.attempts(record!.id)).map((attempt) => attempt.outcome);
    expect(outcomes).toEqual(['unknown', 'filed']);
    expect(session.portal.associationCount(MARISOL.caseNumber)).toBe(1);
    expect(await waitUntil(() => session.portal.ncafSubmissions(MARISOL.caseNumber) === 1)).toBe(
      true,
    );
  });
});
