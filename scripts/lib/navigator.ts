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

/** What a navigator sees differ between the two portal generations of the fixture. */
interface PortalScreens {
  loginPath: string;
  dashboardHeading: string;
  applicationPath: (applicationId: string) => string;
  signatureHeading: string;
  submitApplication: string;
  eligibilityHeading: string;
}

/** The legacy METS portal: server-rendered pages. */
const METS_SCREENS: PortalScreens = {
  loginPath: '/mets/login',
  dashboardHeading: 'Assister Dashboard',
  applicationPath: (applicationId) => `/mets/application/${applicationId}`,
  signatureHeading: 'Sign and Submit',
  submitApplication: 'Submit application',
  eligibilityHeading: 'Eligibility Results',
};

/** QEST: a single-page app whose screens render a moment after each route change. */
const QEST_SCREENS: PortalScreens = {
  loginPath: '/qest/app/login',
  dashboardHeading: 'Your consumers',
  applicationPath: (applicationId) => `/qest/app/applications/${applicationId}`,
  signatureHeading: 'Sign your application',
  submitApplication: 'Sign and submit',
  eligibilityHeading: 'Eligibility decision',
};

async function logIn(page: Page, portalUrl: string, screens: PortalScreens): Promise<void> {
  await page.goto(portalUrl + screens.loginPath);
  await page.getByLabel('Username').fill('navigator1');
  await page.getByLabel('Password').fill('any-password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('heading', { name: screens.dashboardHeading }).waitFor();
}

/**
 * Works one consumer's application: household details, the signature page (typing the Assister
 * ID when given, as a consumer would when the navigator helped), then the eligibility result.
 */
async function work(
  page: Page,
  portalUrl: string,
  screens: PortalScreens,
  applicationId: string,
  assisterIdOnSignaturePage?: string,
): Promise<void> {
  await page.goto(`${portalUrl}${screens.applicationPath(applicationId)}/household`);
  await page.getByRole('button', { name: 'Save and continue' }).click();

  await page.getByRole('heading', { name: screens.signatureHeading }).waitFor();
  if (assisterIdOnSignaturePage) {
    await page.getByLabel('Yes', { exact: true }).check();
    await page.getByLabel('Assister ID', { exact: true }).fill(assisterIdOnSignaturePage);
  } else {
    await page.getByLabel('No', { exact: true }).check();
  }
  await page.getByLabel('Type your full name to sign').fill('Consumer Signature');
  await page.getByRole('button', { name: screens.submitApplication }).click();
  await page.getByRole('heading', { name: screens.eligibilityHeading }).waitFor();
}

/** Signs in to the METS generation of the fixture portal as the invented navigator. */
export function logInToPortal(page: Page, portalUrl: string): Promise<void> {
  return logIn(page, portalUrl, METS_SCREENS);
}

/** Works one consumer's application through the METS pages. */
export function workApplication(
  page: Page,
  portalUrl: string,
  applicationId: string,
  assisterIdOnSignaturePage?: string,
): Promise<void> {
  return work(page, portalUrl, METS_SCREENS, applicationId, assisterIdOnSignaturePage);
}

/** Signs in to the QEST generation of the fixture portal as the invented navigator. */
export function logInToQest(page: Page, portalUrl: string): Promise<void> {
  return logIn(page, portalUrl, QEST_SCREENS);
}

/** Works one consumer's application through the QEST screens. */
export function workQestApplication(
  page: Page,
  portalUrl: string,
  applicationId: string,
  assisterIdOnSignaturePage?: string,
): Promise<void> {
  return work(page, portalUrl, QEST_SCREENS, applicationId, assisterIdOnSignaturePage);
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
