import { minnesotaDate } from '../policy/calendar';
import { validateCapturedFields, type ValidFields } from '../messaging/captured-fields';
import type { CaptureMessage } from '../messaging/schemas';
import type { PortalProfile } from '../portal-adapters/profile-schema';
import { missingForFiling, readiness } from '../filing/readiness';
import type { CaseDatabase } from './db';
import { newCaseRecord } from './new-case';
import type { CaseRecord, FieldProblem } from './records';
import { profileById } from './profiles';
import { loadSettings, type Settings } from './settings';

/** The outcome of storing one capture. */
export interface CaptureResult {
  caseId: string | null;
  problems: FieldProblem[];
}

/**
 * Merges the fields read from one application page into its case, in one transaction. Each field
 * is validated on its own: a refused field is named in `problems` and never stored, the valid
 * ones are kept. The assisted date is the Minnesota date the case was first seen.
 */
export async function storeCapture(
  db: CaseDatabase,
  message: CaptureMessage,
  profile: PortalProfile,
  settings: Settings,
  now: number,
): Promise<CaptureResult> {
  const today = minnesotaDate(now);
  const { valid, problems } = validateCapturedFields(
    message.values,
    profile.caseNumberPattern,
    today,
  );

  const caseId = await db.transaction('rw', db.cases, db.events, async () => {
    const existing = await findCase(db, message, valid.caseNumber);
    const record = existing ?? newCase(message, profile, now, today);
    merge(record, valid, now);

    const notFound = message.missing.concat(message.ambiguous);
    record.problems = replacePageProblems(record.problems, message, relevant(problems, valid));
    record.missingFields = unique([
      ...missingForFiling(record),
      ...notFoundOnOtherPages(record.missingFields, message, profile),
      ...notFound,
    ]);
    Object.assign(record, readiness(record, settings));
    flagForeignSignature(record, settings.assisterId);
    record.updatedAt = now;

    await db.cases.put(record);
    if (!existing)
      await db.events.add({ at: now, caseId: record.id, type: 'captured', detail: message.page });
    return record.id;
  });
  return { caseId, problems };
}

/**
 * What a `capture` message does: stores it under the profile it names with the navigator's
 * settings in force. A profile the extension does not know is refused by name.
 */
export async function storeCaptureMessage(
  db: CaseDatabase,
  message: CaptureMessage,
  now: number,
): Promise<CaptureResult> {
  const profile = await profileById(db, message.profileId);
  if (!profile)
    return { caseId: null, problems: [{ field: 'profileId', message: 'unknown profile' }] };
  return storeCapture(db, message, profile, await loadSettings(db), now);
}

async function findCase(db: CaseDatabase, message: CaptureMessage, caseNumber?: string) {
  const byApplication = await db.cases
    .where('[profileId+applicationKey]')
    .equals([message.profileId, message.applicationKey])
    .first();
  if (byApplication || !caseNumber) return byApplication;
  return db.cases.where('caseNumber').equals(caseNumber).first();
}

function newCase(message: CaptureMessage, profile: PortalProfile, now: number, today: string) {
  const { origin: portalOrigin, applicationKey } = message;
  return newCaseRecord(
    { source: 'portal', profileId: profile.id, portalOrigin, applicationKey, assistedDate: today },
    now,
  );
}

function merge(record: CaseRecord, valid: ValidFields, now: number) {
  const { firstName, lastName, dateOfBirth, county, preferredLanguage } = valid;
  record.consumer = {
    ...record.consumer,
    ...defined({ firstName, lastName, dateOfBirth, county, preferredLanguage }),
  };
  Object.assign(
    record,
    defined({
      caseNumber: valid.caseNumber,
      program: valid.program,
      eligibilityStatus: valid.eligibilityStatus,
      determinationDate: valid.determinationDate,
    }),
  );

  // An Assister ID typed on the signature page associates the case by itself: no NCAF.
  if (valid.assisterHelped === 'yes' && valid.assisterIdOnApplication && !record.association) {
    record.association = {
      method: 'signature-page',
      assisterId: valid.assisterIdOnApplication.toUpperCase(),
      at: now,
    };
  }
}

/** An Assister ID typed while "No" is answered is not part of the application: no problem. */
function relevant(problems: FieldProblem[], valid: ValidFields): FieldProblem[] {
  if (valid.assisterHelped === 'yes') return problems;
  return problems.filter((problem) => problem.field !== 'assisterIdOnApplication');
}

/**
 * The signature page named an Assister ID that is not the navigator's (a typo, or a colleague):
 * the case is associated, but not with them, so they would not be paid. Says so rather than
 * treating the case as done.
 */
function flagForeignSignature(record: CaseRecord, ownAssisterId: string): void {
  const named =
    record.association?.method === 'signature-page' ? record.association.assisterId : null;
  if (!named || !ownAssisterId || named === ownAssisterId.toUpperCase()) return;
  record.status = 'needs-attention';
  record.portalMessages = [
    `The application names Assister ID ${named}, not yours (${ownAssisterId.toUpperCase()}). ` +
      'If you assisted, file an NCAF or ask MNsure to correct the association.',
  ];
}

/** Problems from this page replace that page's earlier ones; other pages' problems stay. */
function replacePageProblems(
  previous: FieldProblem[],
  message: CaptureMessage,
  current: FieldProblem[],
): FieldProblem[] {
  const fieldsOnPage = new Set(Object.keys(message.values));
  return [...previous.filter((problem) => !fieldsOnPage.has(problem.field)), ...current];
}

/**
 * Fields another page could not find stay named until that page is read again: capturing the
 * eligibility page says nothing about a county the household page did not show.
 */
function notFoundOnOtherPages(
  previous: string[],
  message: CaptureMessage,
  profile: PortalProfile,
): string[] {
  const readHere = new Set([
    ...Object.keys(profile.fields[message.page]),
    ...Object.keys(message.values),
  ]);
  return previous.filter((field) => !readHere.has(field));
}

function defined<T extends Record<string, unknown>>(values: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(values).filter(([, value]) => value !== undefined),
  ) as Partial<T>;
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}
