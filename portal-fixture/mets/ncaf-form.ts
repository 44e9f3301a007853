import { signedInSession, type PortalContext } from '../generation';
import { markup } from '../html';
import type { PortalReply } from '../reply';
import { metsIds } from './field-ids';
import { actionSet, checkboxRow, cluster, errorSummary, selectRow, textRow } from './fields';
import type { NcafEntry } from './ncaf-entry';
import { NCAF_REASON_OPTIONS, PROGRAM_OPTIONS } from './options';
import { signedInPageReply } from './signed-in-page';

/** Where the NCAF lives and posts to. */
export const NCAF_PATH = '/mets/ncaf';

/**
 * The Navigator Case Association Form with the given values and errors. Every render issues a
 * new single-use CSRF token tied to the session.
 */
export function ncafFormReply(
  context: PortalContext,
  entry: NcafEntry,
  errors: readonly string[],
): PortalReply {
  const ids = metsIds(context.state.idVariant).ncaf;
  const csrfToken = context.state.sessions.issueCsrfToken(signedInSession(context));
  const body = markup`<p>Use this form when a consumer you assisted is not associated with you
in METS. Submit it within 30 days of the date you assisted the consumer.</p>
${errorSummary(errors)}
<form method="post" action="${NCAF_PATH}" id="ncaf_form" novalidate>
<input type="hidden" name="csrfToken" value="${csrfToken}">
${cluster('Consumer', [
  textRow({
    id: ids.caseNumber,
    label: 'Case number',
    value: entry.caseNumber,
    isRequired: true,
    maxLength: 8,
  }),
  textRow({
    id: ids.firstName,
    label: 'Consumer first name',
    value: entry.firstName,
    isRequired: true,
  }),
  textRow({
    id: ids.lastName,
    label: 'Consumer last name',
    value: entry.lastName,
    isRequired: true,
  }),
  textRow({
    id: ids.dob,
    label: 'Consumer date of birth (MM/DD/YYYY)',
    value: entry.dob,
    isRequired: true,
    maxLength: 10,
  }),
])}
${cluster('Assistance', [
  textRow({
    id: ids.assistedDate,
    label: 'Date assisted (MM/DD/YYYY)',
    value: entry.assistedDate,
    isRequired: true,
    maxLength: 10,
  }),
  selectRow({
    id: ids.reason,
    label: 'Reason for this form',
    options: NCAF_REASON_OPTIONS,
    selected: entry.reason,
    isRequired: true,
    emptyText: '-- Select --',
  }),
  selectRow({
    id: ids.program,
    label: 'Program',
    options: PROGRAM_OPTIONS,
    selected: entry.program,
    isRequired: true,
    emptyText: '-- Select --',
  }),
])}
${cluster('Navigator', [
  textRow({
    id: ids.assisterId,
    label: 'Navigator Assister ID',
    value: entry.assisterId,
    isRequired: true,
    maxLength: 9,
  }),
  textRow({
    id: ids.organization,
    label: 'Organization',
    value: entry.organization,
    isRequired: true,
  }),
  textRow({
    id: ids.signature,
    label: 'Navigator electronic signature (type your full name)',
    value: entry.signature,
    isRequired: true,
  }),
  checkboxRow(ids.attest, 'I attest that I assisted this consumer', entry.isAttested),
])}
${actionSet('Submit form')}
</form>`;
  return signedInPageReply(context, 'Navigator Case Association Form', body);
}
