import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPortalFixture, type PortalFixture } from '../../portal-fixture/server';
import { launchExtensionBrowser } from '../../scripts/lib/extension-browser';
import {
  DEMO_NAVIGATOR,
  logInToPortal,
  setUpExtension,
  waitUntil,
  workApplication,
} from '../../scripts/lib/navigator';
import { readStoredCases } from '../../scripts/lib/read-cases';
import { MAI } from './support/extension-session';

describe('browser restart', () => {
  let portal: PortalFixture;
  let profileDir: string;

  beforeAll(async () => {
    portal = await startPortalFixture();
    profileDir = await mkdtemp(join(tmpdir(), 'case-associator-restart-'));
  });
  afterAll(async () => {
    await portal?.close();
    await rm(profileDir, { recursive: true, force: true });
  });

  it('should keep a queued case across a browser restart and file it once after', async () => {
    const first = await launchExtensionBrowser({ profileDir });
    await setUpExtension(first.context, first.extensionId, { ...DEMO_NAVIGATOR, delayMinutes: 60 });
    const page = await first.context.newPage();
    await logInToPortal(page, portal.url);
    await workApplication(page, portal.url, MAI.applicationId);
    const queued = await waitUntil(async () => {
      const cases = await readStoredCases(await first.serviceWorker());
      return cases[0]?.status === 'queued';
    });
    await first.close();

    const second = await launchExtensionBrowser({ profileDir });
    const again = await second.context.newPage();
    await logInToPortal(again, portal.url);
    const worker = await second.serviceWorker();
    await worker.evaluate(`(async () => {
      await caseAssociatorTest.setClockOffset(${61 * 60_000});
      await caseAssociatorTest.wake();
    })()`);
    const filed = await waitUntil(async () => {
      const cases = await readStoredCases(await second.serviceWorker());
      return cases[0]?.status === 'filed';
    });
    await second.close();

    expect(queued).toBe(true);
    expect(filed).toBe(true);
    expect(portal.associationCount(MAI.caseNumber)).toBe(1);
  });
});
