import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Checkpoint } from '../../filing/checkpoints';
import { reloadExtension } from '../../scripts/lib/extension-browser';
import { DEMO_NAVIGATOR, waitUntil } from '../../scripts/lib/navigator';
import { ExtensionSession, MAI, MARISOL } from './support/extension-session';

const PAST_ANY_RETRY_MS = 2 * 60 * 60_000;
const STOP_POINTS: Checkpoint[] = [
  'queued',
  'tab-opened',
  'form-filled',
  'submitting',
  'response-pending',
];

describe('browser lifecycle: the queue survives the service worker, the tab and the user', () => {
  const session = new ExtensionSession();

  beforeAll(() => session.start());
  afterAll(() => session.stop());
  beforeEach(() => session.reset(DEMO_NAVIGATOR));

  it.each(STOP_POINTS)(
    'should file exactly once when the service worker is stopped at "%s"',
    async (point) => {
      await session.holdAt(point);

      await session.work(MARISOL);
      expect(await session.waitForHold(point)).toBe(true);
      await session.stopWorker();
      await session.worker();
      const record = await session.waitForStatus(MARISOL.caseNumber, 'filed');

      expect(record?.status).toBe('filed');
      expect(session.portal.associationCount(MARISOL.caseNumber)).toBe(1);
      expect(session.portal.ncafSubmissions(MARISOL.caseNumber)).toBe(1);
    },
  );

  it('should fail cleanly when the filing tab is closed mid-filing, then retry once', async () => {
    await session.holdAt('tab-opened');

    await session.work(MARISOL);
    await session.waitForHold('tab-opened');
    const worker = await session.worker();
    await worker.evaluate(`(async () => {
      const [tab] = await chrome.tabs.query({ url: 'http://127.0.0.1/mets/ncaf*' });
      await chrome.tabs.remove(tab.id);
      caseAssociatorTest.releaseAll();
    })()`);
    const waiting = await session.waitForStatus(MARISOL.caseNumber, 'retry-wait');
    await session.advanceAndWake(PAST_ANY_RETRY_MS);
    const record = await session.waitForStatus(MARISOL.caseNumber, 'filed');

    expect(waiting?.status).toBe('retry-wait');
    expect(record?.status).toBe('filed');
    expect(session.portal.associationCount(MARISOL.caseNumber)).toBe(1);
    expect(session.portal.ncafSubmissions(MARISOL.caseNumber)).toBe(1);
  });

  it('should file once when the navigator double-clicks File now', async () => {
    await session.reset({ ...DEMO_NAVIGATOR, consent: false });
    await session.work(MARISOL);
    await session.waitForStatus(MARISOL.caseNumber, 'ready-to-sign');

    const popup = await session.openPopup();
    await popup.locator('li.case button.case__file').dblclick();
    const record = await session.waitForStatus(MARISOL.caseNumber, 'filed');

    expect(record?.status).toBe('filed');
    expect(session.portal.associationCount(MARISOL.caseNumber)).toBe(1);
    expect(session.portal.ncafSubmissions(MARISOL.caseNumber)).toBe(1);
    await popup.close();
  });

  it('should answer every popup request with a result or a reason, never undefined', async () => {
    const popup = await session.openPopup();

    const answers = await popup.evaluate(`(async () => {
      const send = (type, data) => chrome.runtime.sendMessage({ id: 1, type, data, timestamp: Date.now() });
      return {
        badData: await send('fileNow', { caseId: 42 }),
        unknownCase: await send('fileNow', { caseId: 'no-such-case' }),
        wrongSender: await send('pageSeen', {}),
        unknownType: await send('deleteEverything', {}),
        notAnEnvelope: await chrome.runtime.sendMessage('hello'),
      };
    })()`);

    expect(answers).toMatchObject({
      badData: { err: { message: expect.stringContaining('fileNow: invalid caseId') } },
      unknownCase: { res: { ok: false, message: 'That case is no longer stored.' } },
      wrongSender: { err: { message: expect.stringContaining('refused') } },
      unknownType: { err: { message: 'refused: unknown message type "deleteEverything"' } },
      notAnEnvelope: { err: { message: 'refused: unknown message type null' } },
    });
    await popup.close();
  });

  it('should keep working after the extension is reloaded with a portal tab open', async () => {
    await session.reset({ ...DEMO_NAVIGATOR, delayMinutes: 60 });
    const pageErrors: string[] = [];
    session.navigatorPage.on('pageerror', (error) => pageErrors.push(error.message));
    await session.work(MAI);
    await session.waitForStatus(MAI.caseNumber, 'queued');

    const oldWorker = await session.worker();
    await oldWorker.evaluate('globalThis.beforeReload = true');
    await reloadExtension(session.browser);
    const restarted = await waitUntil(async () => {
      const current = await session.worker().catch(() => null);
      return (await current?.evaluate('globalThis.beforeReload !== true')) === true;
    }, 20_000);
    const worker = await session.worker();
    const reached = await waitUntil(async () => {
      const report = await worker.evaluate(`(async () => {
        const [tab] = await chrome.tabs.query({ url: 'http://127.0.0.1/mets/application/*' });
        const message = { id: 7, type: 'reportPage', data: {}, timestamp: Date.now() };
        return chrome.tabs.sendMessage(tab.id, message).catch(() => null);
      })()`);
      return (report as { res?: { pageKind?: string } } | null)?.res?.pageKind === 'eligibility';
    }, 10_000);
    await session.advanceAndWake(61 * 60_000);
    const record = await session.waitForStatus(MAI.caseNumber, 'filed');

    expect(restarted).toBe(true);
    expect(reached).toBe(true);
    expect(pageErrors).toEqual([]);
    expect(record?.status).toBe('filed');
    expect(session.portal.associationCount(MAI.caseNumber)).toBe(1);
  });
});
