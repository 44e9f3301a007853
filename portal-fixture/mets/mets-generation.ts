import type { IdVariant, PortalGeneration } from '../generation';
import type { PortalRequest } from '../http-io';
import { associationsRoutes } from './associations';
import { confirmationRoutes } from './confirmation';
import { dashboardRoutes } from './dashboard';
import { eligibilityRoutes } from './eligibility';
import { metsIds } from './field-ids';
import { householdRoutes } from './household';
import { loginRoutes, METS_SESSION_COOKIE, sessionEndedReply, signInRequiredReply } from './login';
import { ncafRoutes } from './ncaf';
import { signatureRoutes } from './signature';
import { maintenanceReply, notFoundReply, serverErrorReply } from './system-pages';

/** The legacy METS assister portal: server-rendered Cúram pages under `/mets`. */
export function metsGeneration(idVariant: IdVariant): PortalGeneration {
  const ncafCaseField = metsIds(idVariant).ncaf.caseNumber;
  return {
    prefix: '/mets',
    home: '/mets/dashboard',
    sessionCookie: METS_SESSION_COOKIE,
    routes: [
      ...loginRoutes(),
      ...dashboardRoutes(),
      ...householdRoutes(),
      ...signatureRoutes(),
      ...eligibilityRoutes(),
      ...ncafRoutes(),
      ...confirmationRoutes(),
      ...associationsRoutes(),
    ],
    caseNumberOf: (request) => caseNumberOf(request, ncafCaseField),
    signInRequired: signInRequiredReply,
    sessionEndedPage: sessionEndedReply,
    serverErrorPage: serverErrorReply,
    maintenancePage: maintenanceReply,
    notFoundPage: (context) => notFoundReply(context.session?.navigator.displayName),
  };
}

/** A `caseNumber` query (association lookup) or the case number posted on the NCAF. */
function caseNumberOf(request: PortalRequest, ncafCaseField: string): string | undefined {
  const typed = request.query.get('caseNumber') ?? request.form.get(ncafCaseField) ?? '';
  return typed.trim() === '' ? undefined : typed.trim();
}
