import type { Consumer } from '../records';
import {
  choiceError,
  errorsOf,
  nameError,
  pastDateError,
  patternError,
  QEST_ASSISTER_ID_PATTERN,
  QEST_CASE_NUMBER_PATTERN,
  requiredError,
  type FieldError,
} from './field-checks';
import { QEST_PROGRAM_OPTIONS, QEST_REASON_OPTIONS } from './options';

/**
 * QEST's NCAF validation: every field error at once, keyed by field, in the form's order; only
 * when the fields pass, the checks against the case itself.
 */

/** QEST's answer when the case already has an assister. */
export const QEST_ALREADY_ASSOCIATED_MESSAGE = 'This case already has an assister association.';

/** What a `validation` fault shows on QEST when it carries no message of its own. */
export const QEST_DEFAULT_REJECTION_MESSAGE =
  'We could not verify this request. Check the case details and try again.';

/** The NCAF as the API receives it (strings trimmed). */
export interface QestNcafEntry {
  caseId: string;
  givenName: string;
  familyName: string;
  dateOfBirth: string;
  assistedOn: string;
  reasonCode: string;
  programCode: string;
  assisterId: string;
  organization: string;
  signature: string;
  attested: boolean;
}

/** The outcome of validating a filing: its errors, or the consumer of the case. */
export type QestNcafValidation =
  { isValid: false; errors: FieldError[] } | { isValid: true; consumer: Consumer };

/** Validates a filing; `today` is Minnesota's date as `yyyy-MM-dd`. */
export function validateQestNcaf(
  entry: QestNcafEntry,
  consumerByCase: (qestCaseNumber: string) => Consumer | undefined,
  today: string,
): QestNcafValidation {
  const fieldErrors = ncafFieldErrors(entry, today);
  if (fieldErrors.length > 0) {
    return { isValid: false, errors: fieldErrors };
  }

  const consumer = consumerByCase(entry.caseId);
  if (!consumer) {
    const message = `We could not find case ${entry.caseId}.`;
    return { isValid: false, errors: [{ field: 'caseId', message }] };
  }
  const isSameName =
    sameQestName(entry.givenName, consumer.firstName) &&
    sameQestName(entry.familyName, consumer.lastName);
  const mismatch = "The consumer's name does not match our records for this case.";
  return isSameName
    ? { isValid: true, consumer }
    : { isValid: false, errors: [{ field: 'givenName', message: mismatch }] };
}

function ncafFieldErrors(entry: QestNcafEntry, today: string): FieldError[] {
  return errorsOf([
    patternError(
      'caseId',
      entry.caseId,
      QEST_CASE_NUMBER_PATTERN,
      'the case ID',
      'Case ID must be the letter Q followed by 9 digits.',
    ),
    nameError('givenName', entry.givenName, 'Consumer given name', "the consumer's given name"),
    nameError('familyName', entry.familyName, 'Consumer family name', "the consumer's family name"),
    pastDateError(
      'dateOfBirth',
      entry.dateOfBirth,
      { fieldName: 'Consumer date of birth', what: "the consumer's date of birth" },
      today,
    ),
    pastDateError(
      'assistedOn',
      entry.assistedOn,
      { fieldName: 'Date assisted', what: 'the date you helped the consumer' },
      today,
    ),
    choiceError('reasonCode', entry.reasonCode, QEST_REASON_OPTIONS, 'a reason'),
    choiceError('programCode', entry.programCode, QEST_PROGRAM_OPTIONS, 'a program'),
    patternError(
      'assisterId',
      entry.assisterId,
      QEST_ASSISTER_ID_PATTERN,
      'your assister ID',
      'Assister ID must be 9 letters or numbers.',
    ),
    organizationError(entry.organization),
    requiredError('signature', entry.signature, 'your full name to sign'),
    entry.attested
      ? undefined
      : { field: 'attested', message: 'Confirm that you helped this consumer.' },
  ]);
}

function organizationError(organization: string): FieldError | undefined {
  if (organization === '') {
    return { field: 'organization', message: 'Enter your organization name.' };
  }
  return /[<>]/.test(organization)
    ? { field: 'organization', message: 'Organization name cannot include < or >.' }
    : undefined;
}

/**
 * Whether a typed name matches the stored one the way QEST compares names: accents, letter case,
 * apostrophe style and spacing ignored, every other character counted.
 */
export function sameQestName(typed: string, stored: string): boolean {
  return comparable(typed) === comparable(stored);
}

function comparable(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/\u2019/g, "'")
    .trim()
    .replace(/\s+/g, ' ')
    .toLowerCase();
}
