import type { Consumer } from '../records';
import {
  ASSISTER_ID_PATTERN,
  messagesOf,
  METS_NAME_PATTERN,
  nameError,
  pastDateError,
  requiredError,
  selectionError,
} from './field-checks';
import type { NcafEntry } from './ncaf-entry';
import { NCAF_REASON_OPTIONS, PROGRAM_OPTIONS } from './options';

/**
 * The NCAF's server-side validation, Cúram style: every field error at once, in the form's order,
 * and only when the fields pass, the checks against the case itself.
 */

/** The portal's answer when the case already has an assister. */
export const ALREADY_ASSOCIATED_MESSAGE = 'This case is already associated with an assister.';

/** What a `validation` fault shows when it carries no message of its own. */
export const DEFAULT_REJECTION_MESSAGE =
  'The information entered could not be verified. Check the case details and try again.';

const CASE_NUMBER_PATTERN = /^\d{8}$/;

/** The outcome of validating a filing: its errors, or the consumer of the case it is for. */
export type NcafValidation =
  { isValid: false; errors: string[] } | { isValid: true; consumer: Consumer };

/**
 * Validates a filing. `consumerByCase` finds the consumer of a case number; `today` is
 * Minnesota's date as `yyyy-MM-dd`.
 */
export function validateNcaf(
  entry: NcafEntry,
  consumerByCase: (caseNumber: string) => Consumer | undefined,
  today: string,
): NcafValidation {
  const fieldErrors = ncafFieldErrors(entry, today);
  if (fieldErrors.length > 0) {
    return { isValid: false, errors: fieldErrors };
  }

  const consumer = consumerByCase(entry.caseNumber);
  if (!consumer) {
    return { isValid: false, errors: [`No case was found with case number ${entry.caseNumber}.`] };
  }
  const isSameName =
    sameName(entry.firstName, consumer.firstName) && sameName(entry.lastName, consumer.lastName);
  return isSameName
    ? { isValid: true, consumer }
    : { isValid: false, errors: ['The consumer name does not match the case.'] };
}

function ncafFieldErrors(entry: NcafEntry, today: string): string[] {
  return messagesOf([
    patternError('Case number', entry.caseNumber, CASE_NUMBER_PATTERN, 'must be 8 digits.'),
    nameError('Consumer first name', entry.firstName),
    nameError('Consumer last name', entry.lastName),
    pastDateError('Consumer date of birth', entry.dob, today),
    pastDateError('Date assisted', entry.assistedDate, today),
    selectionError('Reason for this form', entry.reason, values(NCAF_REASON_OPTIONS)),
    selectionError('Program', entry.program, values(PROGRAM_OPTIONS)),
    patternError(
      'Navigator Assister ID',
      entry.assisterId,
      ASSISTER_ID_PATTERN,
      'must be 9 letters or numbers.',
    ),
    nameError('Organization', entry.organization),
    requiredError('Navigator electronic signature', entry.signature),
    entry.isAttested ? undefined : 'You must attest that you assisted this consumer.',
  ]);
}

/**
 * Whether a typed name matches the stored one once the stored one is reduced to the characters
 * METS accepts: accents dropped, other characters removed, case and spacing ignored.
 */
export function sameName(typed: string, stored: string): boolean {
  return comparable(typed) === comparable(reduceToMetsCharacters(stored));
}

/** A name reduced to the characters METS accepts: "Renée O'Connell" becomes "Renee OConnell". */
export function reduceToMetsCharacters(name: string): string {
  const withoutAccents = name.normalize('NFD').replace(/\p{M}/gu, '');
  const reduced = [...withoutAccents].filter((character) => METS_NAME_PATTERN.test(character));
  return reduced.join('');
}

function comparable(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLowerCase();
}

function patternError(
  fieldName: string,
  value: string,
  pattern: RegExp,
  rule: string,
): string | undefined {
  return (
    requiredError(fieldName, value) ?? (pattern.test(value) ? undefined : `${fieldName} ${rule}`)
  );
}

function values(options: readonly { value: string }[]): string[] {
  return options.map((option) => option.value);
}
