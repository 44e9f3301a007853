import { formatUsDate } from '../../portal-fixture/dates';
import { metsIds } from '../../portal-fixture/mets/field-ids';
import { reduceToMetsCharacters } from '../../portal-fixture/mets/ncaf-validation';
import type { Consumer } from '../../portal-fixture/records';
import { DEMO_NAVIGATOR } from '../lib/navigator';

const NCAF_IDS = metsIds('standard').ncaf;
const CSRF_TOKEN = /name="csrfToken" value="([^"]*)"/;

/**
 * Files NCAFs straight over HTTP, with no browser: GET the form for its CSRF token, POST it. This
 * is the least any filer must do, so it is the limit the extension's filing is compared with.
 * `fetch` keeps the connection alive between requests, as a browser does.
 */
export class DirectFiler {
  private cookie = '';

  constructor(private readonly portalUrl: string) {}

  /** Signs in as the fixture's invented navigator. */
  async signIn(): Promise<void> {
    const response = await this.send('/mets/login', { username: 'navigator1', password: 'any' });
    if (response.status !== 302) throw new Error(`direct sign-in answered ${response.status}`);
  }

  /** Files one NCAF for the consumer, assisted on `assistedDate` (`yyyy-MM-dd`). */
  async file(consumer: Consumer, assistedDate: string): Promise<void> {
    const form = await (await this.send('/mets/ncaf')).text();
    const token = CSRF_TOKEN.exec(form)?.[1];
    if (!token) throw new Error('the NCAF form had no CSRF token');

    const response = await this.send('/mets/ncaf', {
      csrfToken: token,
      ...ncafFields(consumer, assistedDate),
    });
    const location = response.headers.get('location') ?? '';
    await response.arrayBuffer();
    if (response.status !== 302 || !location.includes('/mets/ncaf/confirmation/')) {
      throw new Error(`direct filing of case ${consumer.caseNumber} was not confirmed`);
    }
  }

  private async send(path: string, form?: Record<string, string>): Promise<Response> {
    const response = await fetch(this.portalUrl + path, {
      method: form ? 'POST' : 'GET',
      body: form ? new URLSearchParams(form) : undefined,
      headers: this.cookie ? { cookie: this.cookie } : undefined,
      redirect: 'manual',
    });
    const setCookie = response.headers.get('set-cookie');
    if (setCookie) this.cookie = setCookie.split(';')[0] ?? '';
    return response;
  }
}

/** The form fields as the extension fills them: names in the characters METS accepts. */
function ncafFields(consumer: Consumer, assistedDate: string): Record<string, string> {
  return {
    [NCAF_IDS.caseNumber]: consumer.caseNumber,
    [NCAF_IDS.firstName]: reduceToMetsCharacters(consumer.firstName),
    [NCAF_IDS.lastName]: reduceToMetsCharacters(consumer.lastName),
    [NCAF_IDS.dob]: formatUsDate(consumer.dateOfBirth),
    [NCAF_IDS.assistedDate]: formatUsDate(assistedDate),
    [NCAF_IDS.reason]: 'OAU',
    [NCAF_IDS.program]: consumer.program,
    [NCAF_IDS.assisterId]: DEMO_NAVIGATOR.assisterId,
    [NCAF_IDS.organization]: DEMO_NAVIGATOR.organization,
    [NCAF_IDS.signature]: DEMO_NAVIGATOR.name,
    [NCAF_IDS.attest]: 'true',
  };
}

/**
 * Files an NCAF for each consumer in turn, in one signed-in session, and returns the time the
 * filings took in milliseconds (signing in not included).
 */
export async function timeDirectFilings(
  portalUrl: string,
  consumers: readonly Consumer[],
  assistedDate: string,
): Promise<number> {
  const filer = new DirectFiler(portalUrl);
  await filer.signIn();
  const started = performance.now();
  for (const consumer of consumers) await filer.file(consumer, assistedDate);
  return performance.now() - started;
}
