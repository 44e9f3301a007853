/**
 * The demo: builds the extension, starts the portal fixture, opens Chromium with the extension,
 * plays a navigator working four consumers' applications (one associated on the signature page),
 * waits for the filings, prints a table and saves screenshots.
 *
 *   npm run demo                 headless
 *   npm run demo -- --headed     a visible window (needs a display; on a server use xvfb-run -a)
 *   npm run demo -- --out DIR    where the screenshots go (default demo-output/)
 */
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { startPortalFixture } from '../portal-fixture/server';
import { isSettled } from '../storage/records';
import { buildTestExtension } from './lib/build';
import { readArguments } from './lib/arguments';
import { Cleanups, closeOnInterrupt, endedByInterrupt } from './lib/cleanups';
import { launchExtensionBrowser } from './lib/extension-browser';
import { findChromium } from './lib/find-chromium';
import { logInToPortal, setUpExtension, waitUntil, workApplication } from './lib/navigator';
import { readStoredCases } from './lib/read-cases';
import { printCaseTable } from './lib/case-table';

const args = readArguments('demo', 'usage: npm run demo -- [--headed] [--out DIR]', {
  headed: { type: 'boolean', default: false },
  out: { type: 'string' },
});
const outDir = resolve(args.out ?? 'demo-output');

/** The consumers the navigator works, in order; the third signs with the navigator's ID. */
const WORKLIST = [
  { applicationId: 'A100234', signatureAssisterId: undefined },
  { applicationId: 'A100235', signatureAssisterId: undefined },
  { applicationId: 'A100236', signatureAssisterId: 'NAV204815' },
  { applicationId: 'A100237', signatureAssisterId: undefined },
];

async function main(): Promise<void> {
  // From the start: Ctrl-C during the builds is told as such, not as a failed build.
  closeOnInterrupt();
  // Before the build: a missing browser is told at once, not after it.
  findChromium();
  console.log('Building the extension (test build, allowed on the local portal fixture)...');
  buildTestExtension();
  const cleanups = new Cleanups();
  try {
    const portal = await cleanups.start(startPortalFixture());
    const browser = await cleanups.start(launchExtensionBrowser({ headless: !args.headed }));
    console.log(`Portal fixture at ${portal.url}; Chromium started with the extension.`);

    await setUpExtension(browser.context, browser.extensionId);
    const page = await browser.context.newPage();
    await logInToPortal(page, portal.url);
    for (const item of WORKLIST) {
      console.log(`Working application ${item.applicationId}...`);
      await workApplication(page, portal.url, item.applicationId, item.signatureAssisterId);
    }

    const worker = await browser.serviceWorker();
    const settled = await waitUntil(async () => {
      const cases = await readStoredCases(worker);
      return cases.length === WORKLIST.length && cases.every((record) => isSettled(record.status));
    }, 60_000);
    const cases = await readStoredCases(worker);
    printCaseTable(cases);

    await mkdir(outDir, { recursive: true });
    const popup = await browser.context.newPage();
    await popup.setViewportSize({ width: 460, height: 720 });
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    await popup.locator('li.case').first().waitFor();
    await popup.screenshot({ path: `${outDir}/popup.png` });
    const filed = portal.associations().find((association) => association.source === 'ncaf');
    if (filed) {
      await page.goto(`${portal.url}/mets/ncaf/confirmation/${filed.confirmationNumber}`);
      await page.screenshot({ path: `${outDir}/portal-confirmation.png`, fullPage: true });
    }
    console.log(`Screenshots saved in ${outDir}`);
    if (!settled) {
      process.exitCode = 1;
      console.error('Not every case was filed or associated within 60 seconds.');
    }
  } finally {
    await cleanups.closeAll();
  }
}

main().catch((error: unknown) => {
  if (endedByInterrupt(error)) return;
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
