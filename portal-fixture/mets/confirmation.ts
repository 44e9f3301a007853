import { formatUsDate } from '../dates';
import { signedInSession, type PortalContext } from '../generation';
import { markup } from '../html';
import type { PortalReply } from '../reply';
import type { PortalRoute } from '../router';
import { metsIds } from './field-ids';
import { detailTable } from './fields';
import { signedInPageReply } from './signed-in-page';
import { notFoundReply } from './system-pages';

/** Path of the confirmation page of an NCAF filing. */
export function confirmationPath(confirmationNumber: string): string {
  return `/mets/ncaf/confirmation/${encodeURIComponent(confirmationNumber)}`;
}

/** "Form Submitted": the confirmation of an NCAF filing. */
export function confirmationRoutes(): PortalRoute[] {
  return [
    {
      method: 'GET',
      pattern: '/mets/ncaf/confirmation/:confirmationNumber',
      handle: showConfirmation,
    },
  ];
}

function showConfirmation(context: PortalContext): PortalReply {
  const number = context.params.confirmationNumber ?? '';
  const association = context.state.store.associationByConfirmation(number);
  if (association?.source !== 'ncaf') {
    return notFoundReply(signedInSession(context).navigator.displayName);
  }

  const ids = metsIds(context.state.idVariant).confirmation;
  const body = markup`<div class="info-message" role="status">The Navigator Case Association Form
was received. Keep the confirmation number for your records.</div>
<div class="cluster">
<h2 class="cluster-title">Submission</h2>
${detailTable([
  { label: 'Confirmation number', id: ids.number, value: association.confirmationNumber },
  { label: 'Case number', id: ids.caseNumber, value: association.caseNumber },
  { label: 'Consumer', id: ids.consumerName, value: association.consumerName },
  { label: 'Navigator Assister ID', value: association.assisterId },
  { label: 'Date submitted', id: ids.submittedOn, value: formatUsDate(association.associatedOn) },
])}
</div>
<p><a href="/mets/associations">View case associations</a>
| <a href="/mets/dashboard">Return to the dashboard</a></p>`;
  return signedInPageReply(context, 'Form Submitted', body);
}
