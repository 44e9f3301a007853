import { formatUsDate } from '../dates';
import type { PortalContext } from '../generation';
import { markup } from '../html';
import type { PortalReply } from '../reply';
import type { PortalRoute } from '../router';
import { metsIds } from './field-ids';
import { detailTable } from './fields';
import { PROGRAM_TEXT, STATUS_TEXT } from './options';
import { signedInPageReply, withApplication } from './signed-in-page';

/** "Eligibility Results", the last wizard page: the case and its determination. */
export function eligibilityRoutes(): PortalRoute[] {
  return [
    {
      method: 'GET',
      pattern: '/mets/application/:applicationId/eligibility',
      handle: showEligibility,
    },
  ];
}

function showEligibility(context: PortalContext): PortalReply {
  return withApplication(context, ({ consumer }) => {
    const ids = metsIds(context.state.idVariant).eligibility;
    const step = `Application ${consumer.applicationId}: step 3 of 3`;
    const body = markup`<p class="wizard-step">${step}</p>
<div class="cluster">
<h2 class="cluster-title">Determination for ${consumer.firstName} ${consumer.lastName}</h2>
${detailTable([
  { label: 'Case number', id: ids.caseNumber, value: consumer.caseNumber },
  { label: 'Program', id: ids.program, value: PROGRAM_TEXT[consumer.program] },
  { label: 'Eligibility status', id: ids.status, value: STATUS_TEXT[consumer.eligibilityStatus] },
  { label: 'Determination date', id: ids.date, value: formatUsDate(consumer.determinationDate) },
])}
</div>
<p><a href="/mets/dashboard">Return to the dashboard</a></p>`;
    return signedInPageReply(context, 'Eligibility Results', body);
  });
}
