import type { BrowserContext, Page } from 'playwright-core';

/** What the invented navigator enters in the extension's options page. */
export interface NavigatorSetup {
  name: string;
  assisterId: string;
  organization: string;
  delayMinutes: number;
  consent: boolean;
}

/** The fixture's invented navigator, with auto-filing immediate and standing consent given. */
export const DEMO_NAVIGATOR: NavigatorSetup = {
  name: 'Jordan Avery',
  assisterId: 'NAV204815',
  organization: 'North Star Community Navigators',
  delayMinutes: 0,
  consent: true,
};

/** Fills the options page as a navigator would on their first day, and saves. */
export async function setUpExtension(
  context: BrowserContext,
  extensionId: string,
  setup = DEMO_NAVIGATOR,
) {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  await page.getByLabel('Your full name', { exact: true }).waitFor();
  await page.getByLabel('Your full name', { exact: true }).fill(setup.name);
  await page.getByLabel('Assister ID', { exact: true }).fill(setup.assisterId);
  await page.getByLabel('Organization', { exact: true }).fill(setup.organization);
  await page.getByLabel('Wait before filing (minutes)').fill(String(setup.delayMinutes));
  const withdraw = page.getByRole('button', { name: 'Withdraw consent' });
  const hasConsent = (await withdraw.count()) > 0;
  if (setup.consent && !hasConsent) {
    await page.getByLabel('Type your full name to give standing consent').fill(setup.name);
    await page.getByRole('button', { name: 'I consent' }).click();
  } else if (!setup.consent && hasConsent) {
    await withdraw.click();
  }
  await page.getByRole('button', { name: 'Save' }).click();
  await page.getByText('Saved.').waitFor();
  await page.close();
}

/** Signs in to the fixture portal as the invented navigator. */
export async function logInToPortal(page: Page, portalUrl: string): Promise<void> {
  await page.goto(`${portalUrl}/mets/login`);
  await page.getByLabel('Username').fill('navigator1');
  await page.getByLabel('Password').fill('any-password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('heading', { name: 'Assister Dashboard' }).waitFor();
}

/**
 * Works one consumer's application through the METS pages: household details, the signature
 * page (typing the Assister ID when given, as a consumer would when the navigator helped), then
 * the eligibility result.
 */
export async function workApplication(
  page: Page,
  portalUrl: string,
  applicationId: string,
  assisterIdOnSignaturePage?: string,
): Promise<void> {
  await page.goto(`${portalUrl}/mets/application/${applicationId}/household`);
  await page.getByRole('button', { name: 'Save and continue' }).click();

  await page.getByRole('heading', { name: 'Sign and Submit' }).waitFor();
  if (assisterIdOnSignaturePage) {
    await page.getByLabel('Yes', { exact: true }).check();
    await page.getByLabel('Assister ID', { exact: true }).fill(assisterIdOnSignaturePage);
  } else {
    await page.getByLabel('No', { exact: true }).check();
  }
  await page.getByLabel('Type your full name to sign').fill('Consumer Signature');
  await page.getByRole('button', { name: 'Submit application' }).click();
  await page.getByRole('heading', { name: 'Eligibility Results' }).waitFor();
}

/** Polls until `check` holds or the time is up; returns whether it held. */
export async function waitUntil(
  check: () => Promise<boolean> | boolean,
  timeoutMs = 30_000,
): Promise<boolean> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (await check()) return true;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return check();
}

/** Signs in to the QEST generation of the fixture portal as the invented navigator. */
export async function logInToQest(page: Page, portalUrl: string): Promise<void> {
  await page.goto(`${portalUrl}/qest/app/login`);
  await page.getByLabel('Username').fill('navigator1');
  await page.getByLabel('Password').fill('any-password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('heading', { name: 'Your consumers' }).waitFor();
}

/**
 * Works one consumer's application through the QEST screens, which render a moment after each
 * route change: household, the signature screen, then the eligibility decision.
 */
export async function workQestApplication(
  page: Page,
  portalUrl: string,
  applicationId: string,
  assisterIdOnSignaturePage?: string,
): Promise<void> {
  await page.goto(`${portalUrl}/qest/app/applications/${applicationId}/household`);
  await page.getByRole('button', { name: 'Save and continue' }).click();

  await page.getByRole('heading', { name: 'Sign your application' }).waitFor();
  if (assisterIdOnSignaturePage) {
    await page.getByLabel('Yes', { exact: true }).check();
    await page.getByLabel('Assister ID', { exact: true }).fill(assisterIdOnSignaturePage);
  } else {
    await page.getByLabel('No', { exact: true }).check();
  }
  await page.getByLabel('Type your full name to sign').fill('Consumer Signature');
  await page.getByRole('button', { name: 'Sign and submit' }).click();
  await page.getByRole('heading', { name: 'Eligibility decision' }).waitFor();
}
