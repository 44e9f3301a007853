import { formatUsDate } from '../policy/calendar';
import type { NcafReason, Program } from '../policy/ncaf-reasons';
import { FillError, fillControl } from './fill';
import { buildLabelIndex, locate, valueOf } from './locate';
import { toPortalCharacters } from './normalise';
import type { Locator, NcafField, PageKind, PortalProfile } from './profile-schema';
import { NCAF_FIELDS } from './profile-schema';
import { visibleText } from './text';

/** The values of one Navigator Case Association Form, in the product's own formats. */
export interface NcafValues {
  caseNumber: string;
  firstName: string;
  lastName: string;
  /** ISO date. */
  dateOfBirth: string;
  /** ISO date. */
  assistedDate: string;
  reason: NcafReason;
  program: Program;
  assisterId: string;
  organization: string;
  signature: string;
}

/** What the portal answered to a submitted NCAF. */
export type NcafOutcome =
  | { kind: 'confirmation'; confirmationNumber: string }
  | { kind: 'already-associated'; message: string }
  | { kind: 'rejected'; messages: string[] }
  /** The portal itself says it does not know whether the form was stored. */
  | { kind: 'lost'; message: string };

/** One row of the portal's association list. */
export interface AssociationRow {
  caseNumber: string;
  assisterId: string;
  confirmationNumber: string;
}

const TYPED_NAME_FIELDS: ReadonlySet<NcafField> = new Set([
  'firstName',
  'lastName',
  'organization',
  'signature',
]);

/** The text typed into each NCAF field: portal formats and only the characters it accepts. */
export function ncafFormValues(
  values: NcafValues,
  profile: PortalProfile,
): Record<NcafField, string> {
  const typed = {} as Record<NcafField, string>;
  for (const field of NCAF_FIELDS) {
    const value = values[field];
    if (TYPED_NAME_FIELDS.has(field)) {
      typed[field] = toPortalCharacters(value, profile.allowedNameCharacters);
    } else if (field === 'dateOfBirth' || field === 'assistedDate') {
      typed[field] = profile.dateFormat === 'MM/dd/yyyy' ? formatUsDate(value) : value;
    } else if (field === 'reason') {
      typed[field] = profile.ncaf.reasonOptions[value] ?? value;
    } else if (field === 'program') {
      typed[field] = profile.ncaf.programOptions[value] ?? value;
    } else {
      typed[field] = value;
    }
  }
  return typed;
}

/**
 * Fills the NCAF form field by field, reading each value back. Throws a FillError naming the
 * first field that is missing, ambiguous or did not keep its value; nothing is submitted then.
 */
export function fillNcafForm(doc: Document, profile: PortalProfile, values: NcafValues): void {
  const index = buildLabelIndex(doc);
  const typed = ncafFormValues(values, profile);

  for (const field of NCAF_FIELDS) {
    fillControl(single(doc, profile.ncaf.fields[field], index, field), typed[field], field);
  }
  if (profile.ncaf.attest) {
    fillControl(single(doc, profile.ncaf.attest, index, 'attest'), 'true', 'attest');
  }
}

function single(
  doc: Document,
  locator: Locator,
  index: ReturnType<typeof buildLabelIndex>,
  field: string,
) {
  const found = locate(doc, locator, index);
  if (found.length === 0) throw new FillError(field, `${field}: not found on the form`);
  if (found.length > 1) throw new FillError(field, `${field}: more than one match on the form`);
  return found[0]!;
}

/** Clicks the form's submit button as a person would. Returns false when there is none. */
export function clickNcafSubmit(doc: Document, profile: PortalProfile): boolean {
  const button = doc.querySelector<HTMLElement>(profile.ncaf.submit);
  if (!button) return false;
  button.click();
  return true;
}

/**
 * Reads the portal's answer on a page shown after a submit. Returns null on a form with no
 * errors, which is a form not yet submitted rather than an answer.
 */
export function readNcafOutcome(
  doc: Document,
  profile: PortalProfile,
  kind: PageKind,
): NcafOutcome | null {
  if (kind === 'ncafConfirmation') {
    const found = locate(doc, profile.ncaf.confirmationNumber, buildLabelIndex(doc));
    const confirmationNumber = found.length === 1 ? valueOf(found[0]!) : '';
    return confirmationNumber ? { kind: 'confirmation', confirmationNumber } : null;
  }
  if (kind !== 'ncafForm') return null;

  const messages = Array.from(doc.querySelectorAll(profile.ncaf.errorItems), visibleText).filter(
    Boolean,
  );
  if (messages.length === 0) return null;

  const lostText = profile.ncaf.noAnswerText?.toLowerCase();
  const lost = lostText && messages.find((message) => message.toLowerCase().includes(lostText));
  if (lost) return { kind: 'lost', message: lost };
  const needle = profile.ncaf.alreadyAssociatedText.toLowerCase();
  const already = messages.find((message) => message.toLowerCase().includes(needle));
  return already
    ? { kind: 'already-associated', message: already }
    : { kind: 'rejected', messages };
}

/**
 * Reads the rows of the association list page, or null while its results table is not on the
 * page yet (a single-page portal renders it late): no table is not the same as no association.
 */
export function readAssociationRows(
  doc: Document,
  profile: PortalProfile,
): AssociationRow[] | null {
  if (!doc.querySelector(profile.lookup.table)) return null;
  const { columns } = profile.lookup;
  return Array.from(doc.querySelectorAll(profile.lookup.rows))
    .map((row) => Array.from(row.querySelectorAll('td'), visibleText))
    .filter((cells) => cells.length > Math.max(columns.caseNumber, columns.confirmationNumber))
    .map((cells) => ({
      caseNumber: cells[columns.caseNumber] ?? '',
      assisterId: cells[columns.assisterId] ?? '',
      confirmationNumber: cells[columns.confirmationNumber] ?? '',
    }));
}

/** The URL of the association list filtered to one case. */
export function lookupUrl(origin: string, profile: PortalProfile, caseNumber: string): string {
  return origin + profile.lookup.path.replace('{caseNumber}', encodeURIComponent(caseNumber));
}
