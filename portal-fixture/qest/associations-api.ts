import type { PortalContext } from '../generation';
import { jsonReply, type PortalReply } from '../reply';
import type { PortalRoute } from '../router';
import { qestAssociationView } from './association-view';

/**
 * The association lookup (`GET /qest/api/associations?caseNumber=Q...`): every association, or
 * those of one case by its QEST number. Associations made in METS show too, under the case's QEST
 * number, with their METS confirmation numbers. A METS number finds nothing here.
 */
export function associationsApiRoutes(): PortalRoute[] {
  return [{ method: 'GET', pattern: '/qest/api/associations', handle: lookUpAssociations }];
}

function lookUpAssociations(context: PortalContext): PortalReply {
  const { store } = context.state;
  const caseId = (context.request.query.get('caseNumber') ?? '').trim();
  const associations = store
    .associations()
    .map((association) => qestAssociationView(association, store))
    .filter((view) => caseId === '' || view.caseId === caseId);
  return jsonReply(200, { caseNumber: caseId, associations });
}
