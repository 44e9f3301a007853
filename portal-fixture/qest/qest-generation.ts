import type { FixtureState, PortalGeneration } from '../generation';
import type { PortalRequest } from '../http-io';
import { isApiRequest, jsonBodyOf } from './api-replies';
import { assetRoutes } from './assets';
import { associationsApiRoutes } from './associations-api';
import { consumersApiRoutes } from './consumers-api';
import { householdApiRoutes } from './household-api';
import { ncafApiRoutes } from './ncaf-api';
import { screenRoutes } from './screens';
import { QEST_SESSION_COOKIE, sessionApiRoutes } from './session-api';
import { signatureApiRoutes } from './signature-api';
import {
  qestMaintenance,
  qestNotFound,
  qestServerError,
  qestSessionEnded,
  qestSignInRequired,
} from './system-replies';

/**
 * QEST, MNsure's 2026 back end: a client-side routed single-page app under `/qest/app/`, the NCAF
 * in a same-origin iframe at `/qest/frames/ncaf`, data through a JSON API under `/qest/api/`.
 * It shares the store, sessions and faults with METS.
 */
export function qestGeneration(state: FixtureState): PortalGeneration {
  return {
    prefix: '/qest',
    home: '/qest/',
    sessionCookie: QEST_SESSION_COOKIE,
    routes: [
      ...screenRoutes(),
      ...assetRoutes(),
      ...sessionApiRoutes(),
      ...consumersApiRoutes(),
      ...householdApiRoutes(),
      ...signatureApiRoutes(),
      ...ncafApiRoutes(),
      ...associationsApiRoutes(),
    ],
    caseNumberOf,
    signInRequired: (request) => qestSignInRequired(request, state),
    sessionEndedPage: (request) => qestSessionEnded(request, state),
    serverErrorPage: qestServerError,
    maintenancePage: qestMaintenance,
    notFoundPage: (context) => qestNotFound(context.request, state),
  };
}

/** A `caseNumber` query (association lookup), or the `caseId` of a JSON body (the NCAF). */
function caseNumberOf(request: PortalRequest): string | undefined {
  const fromQuery = request.query.get('caseNumber')?.trim();
  if (fromQuery) {
    return fromQuery;
  }
  const body = isApiRequest(request) && request.method === 'POST' ? jsonBodyOf(request) : undefined;
  const caseId = body?.caseId;
  return typeof caseId === 'string' && caseId.trim() !== '' ? caseId.trim() : undefined;
}
