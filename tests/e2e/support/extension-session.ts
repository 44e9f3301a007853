import type { Page, Worker } from 'playwright-core';
import { startPortalFixture, type PortalFixture } from '../../../portal-fixture/server';
import type { Checkpoint } from '../../../filing/checkpoints';
import type { AttemptRecord, CaseRecord } from '../../../storage/records';
import {
  launchExtensionBrowser,
  readBadge,
  stopServiceWorkers,
  type ExtensionBrowser,
} from '../../../scripts/lib/extension-browser';
import {
  DEMO_NAVIGATOR,
  logInToPortal,
  setUpExtension,
  waitUntil,
  workApplication,
  type NavigatorSetup,
} from '../../../scripts/lib/navigator';
import { readStoredCases } from '../../../scripts/lib/read-cases';

/** One invented consumer of the fixture, by application and case number. */
export interface FixtureCase {
  applicationId: string;
  caseNumber: string;
}

export const MARISOL: FixtureCase = { applicationId: 'A100234', caseNumber: '40012345' };
export const HODAN: FixtureCase = { applicationId: 'A100236', caseNumber: '40012347' };
export const MAI: FixtureCase = { applicationId: 'A100237', caseNumber: '40012348' };

/**
 * A portal fixture and a Chromium with the test build, shared by the tests of one file, with the
 * helpers those tests use to act as a navigator and to look inside the extension.
 */
export class ExtensionSession {
  portal!: PortalFixture;
  browser!: ExtensionBrowser;
  navigatorPage!: Page;

  /** Starts both, sets the extension up as the demo navigator and logs in to the portal. */
  async start(setup: NavigatorSetup = DEMO_NAVIGATOR): Promise<void> {
    this.portal = await startPortalFixture();
    this.browser = await launchExtensionBrowser();
    await setUpExtension(this.browser.context, this.browser.extensionId, setup);
    this.navigatorPage = await this.browser.context.newPage();
  }

  async stop(): Promise<void> {
    await this.browser?.close();
    await this.portal?.close();
  }

  /** Back to a clean state between tests: no cases, no faults, no holds, the real clock. */
  async reset(setup?: NavigatorSetup): Promise<void> {
    this.portal.reset();
    const worker = await this.worker();
    await worker.evaluate(`(async () => {
      caseAssociatorTest.releaseAll();
      await caseAssociatorTest.setClockOffset(0);
      await caseAssociatorTest.clearCases();
    })()`);
    if (setup) await setUpExtension(this.browser.context, this.browser.extensionId, setup);
    await logInToPortal(this.navigatorPage, this.portal.url);
  }

  worker(): Promise<Worker> {
    return this.browser.serviceWorker();
  }

  /** Works an application in the navigator's tab. */
  work(fixtureCase: FixtureCase, signatureAssisterId?: string): Promise<void> {
    return workApplication(
      this.navigatorPage,
      this.portal.url,
      fixtureCase.applicationId,
      signatureAssisterId,
    );
  }

  /** The stored case with a case number, or undefined. */
  async storedCase(caseNumber: string): Promise<CaseRecord | undefined> {
    const cases = await readStoredCases(await this.worker());
    return cases.find((record) => record.caseNumber === caseNumber);
  }

  /** Waits until the stored case reaches a status; returns the case as it then is. */
  async waitForStatus(caseNumber: string, status: CaseRecord['status'], timeoutMs = 30_000) {
    await waitUntil(async () => (await this.storedCase(caseNumber))?.status === status, timeoutMs);
    return this.storedCase(caseNumber);
  }

  /** The filing attempts of a case, oldest first. */
  async attempts(caseId: string): Promise<AttemptRecord[]> {
    const worker = await this.worker();
    return worker.evaluate(`caseAssociatorTest.attemptsOf(${JSON.stringify(caseId)})`);
  }

  /** Moves the product clock forward and runs the queue, as the queue alarm would. */
  async advanceAndWake(ms: number): Promise<void> {
    const worker = await this.worker();
    await worker.evaluate(`(async () => {
      await caseAssociatorTest.setClockOffset(${ms});
      await caseAssociatorTest.wake();
    })()`);
  }

  /** Sets the product clock and recomputes the badge and notices, as the midnight alarm would. */
  async setClockAndRefresh(ms: number): Promise<void> {
    const worker = await this.worker();
    await worker.evaluate(`(async () => {
      await caseAssociatorTest.setClockOffset(${ms});
      await caseAssociatorTest.refresh();
    })()`);
  }

  /** Audit log entries of one type, oldest first. */
  async eventsOfType(type: string): Promise<{ caseId?: string; detail: string }[]> {
    const worker = await this.worker();
    return worker.evaluate(`caseAssociatorTest.eventsOfType(${JSON.stringify(type)})`);
  }

  /** Holds the filer at a checkpoint the next time it gets there. */
  async holdAt(point: Checkpoint): Promise<void> {
    const worker = await this.worker();
    await worker.evaluate(`caseAssociatorTest.holdAt(${JSON.stringify(point)})`);
  }

  /** Waits until the filer is held at a checkpoint. */
  async waitForHold(point: Checkpoint): Promise<boolean> {
    return waitUntil(async () => {
      const worker = await this.worker();
      return (await worker.evaluate('caseAssociatorTest.heldCheckpoint()')) === point;
    });
  }

  /** Stops the service worker, as Chrome does whenever it likes. */
  stopWorker(): Promise<void> {
    return stopServiceWorkers(this.browser.context);
  }

  badge() {
    return this.worker().then(readBadge);
  }

  /** Opens the popup as a page. */
  async openPopup(): Promise<Page> {
    const popup = await this.browser.context.newPage();
    await popup.goto(`chrome-extension://${this.browser.extensionId}/popup.html`);
    return popup;
  }
}
