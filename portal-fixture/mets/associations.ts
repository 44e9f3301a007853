import { formatUsDate } from '../dates';
import type { PortalContext } from '../generation';
import { markup, type SafeHtml } from '../html';
import type { Association } from '../records';
import type { PortalReply } from '../reply';
import type { PortalRoute } from '../router';
import { metsIds } from './field-ids';
import { actionSet, cluster, columnHeaders, textRow } from './fields';
import { signedInPageReply } from './signed-in-page';

/** Columns of the results table, in order. */
const COLUMNS = [
  'Case number',
  'Consumer',
  'Assister ID',
  'Organization',
  'Associated on',
  'Confirmation number',
];

/**
 * "Case Associations": the navigator's association list, searchable by case number. The filer
 * reconciles a lost submission here. The search field's name stays `caseNumber` in every variant
 * because it is the page's URL interface.
 */
export function associationsRoutes(): PortalRoute[] {
  return [{ method: 'GET', pattern: '/mets/associations', handle: showAssociations }];
}

function showAssociations(context: PortalContext): PortalReply {
  const ids = metsIds(context.state.idVariant).associations;
  const caseNumber = (context.request.query.get('caseNumber') ?? '').trim();
  const found = context.state.store
    .associations()
    .filter((association) => caseNumber === '' || association.caseNumber === caseNumber);
  const search = textRow({
    id: ids.caseNumber,
    name: 'caseNumber',
    label: 'Case number',
    value: caseNumber,
    maxLength: 8,
  });
  const body = markup`<form method="get" action="/mets/associations" class="search-form">
${cluster('Search', [search])}
${actionSet('Search')}
</form>
<div class="cluster">
<h2 class="cluster-title">Results</h2>
<table class="list-table" id="${ids.results}">
<thead>
${columnHeaders(COLUMNS)}
</thead>
<tbody>
${found.map(associationRow)}</tbody>
</table>
${found.length === 0 ? markup`<p class="empty-message">No associations found.</p>` : ''}
</div>`;
  return signedInPageReply(context, 'Case Associations', body);
}

function associationRow(association: Association): SafeHtml {
  return markup`<tr>
<td>${association.caseNumber}</td>
<td>${association.consumerName}</td>
<td>${association.assisterId}</td>
<td>${association.organization}</td>
<td>${formatUsDate(association.associatedOn)}</td>
<td>${association.confirmationNumber}</td>
</tr>
`;
}
