import type { PortalContext } from '../generation';
import { markup, type SafeHtml } from '../html';
import type { Consumer } from '../records';
import type { PortalReply } from '../reply';
import type { PortalRoute } from '../router';
import { columnHeaders } from './fields';
import { PROGRAM_TEXT, STATUS_TEXT } from './options';
import { applicationPath, signedInPageReply } from './signed-in-page';

/** The assister dashboard: the navigator's consumers and links to the NCAF and associations. */
export function dashboardRoutes(): PortalRoute[] {
  return [{ method: 'GET', pattern: '/mets/dashboard', handle: showDashboard }];
}

function showDashboard(context: PortalContext): PortalReply {
  const rows = context.state.store.consumers().map(consumerRow);
  const body = markup`<div class="cluster">
<h2 class="cluster-title">My consumers</h2>
<table class="list-table" id="dashboard_consumers">
<thead>
${columnHeaders(['Consumer', 'Application', 'Latest status', 'Action'])}
</thead>
<tbody>
${rows}</tbody>
</table>
</div>
<div class="cluster">
<h2 class="cluster-title">Navigator tasks</h2>
<ul class="task-links">
<li><a href="/mets/ncaf">Navigator Case Association Form</a></li>
<li><a href="/mets/associations">Case associations</a></li>
</ul>
</div>`;
  return signedInPageReply(context, 'Assister Dashboard', body);
}

function consumerRow(consumer: Consumer): SafeHtml {
  const status = `${PROGRAM_TEXT[consumer.program]}: ${STATUS_TEXT[consumer.eligibilityStatus]}`;
  return markup`<tr>
<td>${consumer.firstName} ${consumer.lastName}</td>
<td>${consumer.applicationId}</td>
<td>${status}</td>
<td><a href="${applicationPath(consumer.applicationId, 'household')}">Continue application</a></td>
</tr>
`;
}
