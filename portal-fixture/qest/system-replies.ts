import type { PortalRequest } from '../http-io';
import { htmlReply, redirectReply, type PortalReply } from '../reply';
import type { FixtureState } from '../generation';
import {
  isApiRequest,
  maintenanceJsonReply,
  notFoundJsonReply,
  serverErrorJsonReply,
  sessionExpiredReply,
  withHeader,
} from './api-replies';
import { appShell, systemDocument } from './documents';

/**
 * QEST's answers for the shared machinery: an API request gets JSON, a screen gets a page. The
 * app's screens are public (the shell is the same for everyone); the script asks the API whether
 * the session is alive and shows the login screen when it is not.
 */

/** The login screen's path. */
export const QEST_LOGIN_PATH = '/qest/app/login';

/** Every screen of the single-page app lives under this. */
export const QEST_APP_PREFIX = '/qest/app/';

/** Headings of the static system pages; the app's own screens use the same. */
export const QEST_MAINTENANCE_HEADING = 'QEST is down for maintenance';
export const QEST_SERVER_ERROR_HEADING = 'Something went wrong';
export const QEST_NOT_FOUND_HEADING = 'We can\u2019t find that page';

/** Whether a path is a screen of the single-page app. */
export function isAppPath(path: string): boolean {
  return path.startsWith(QEST_APP_PREFIX) || path === '/qest/app';
}

/**
 * A request that needs a session and has none: `401` JSON for the API; the shell for a screen
 * (its script shows the login screen); else a redirect to the login screen.
 */
export function qestSignInRequired(request: PortalRequest, state: FixtureState): PortalReply {
  if (isApiRequest(request)) {
    return sessionExpiredReply();
  }
  if (isAppPath(request.path)) {
    return htmlReply(200, appShell(state));
  }
  const query = new URLSearchParams({ reason: 'expired', next: request.pathWithQuery });
  return redirectReply(`${QEST_LOGIN_PATH}?${query.toString()}`);
}

/**
 * The `loginPage` fault: the session is gone. The API answers `401`; a screen gets the shell,
 * whose script then finds no session and shows the login screen.
 */
export function qestSessionEnded(request: PortalRequest, state: FixtureState): PortalReply {
  return isApiRequest(request) ? sessionExpiredReply() : htmlReply(200, appShell(state));
}

/** `500`. */
export function qestServerError(request?: PortalRequest): PortalReply {
  if (!request || isApiRequest(request)) {
    return serverErrorJsonReply();
  }
  const message = 'The request could not be completed. Try again in a moment.';
  return htmlReply(500, systemDocument(QEST_SERVER_ERROR_HEADING, message));
}

/** `503` maintenance with `Retry-After`. */
export function qestMaintenance(request: PortalRequest): PortalReply {
  if (isApiRequest(request)) {
    return maintenanceJsonReply();
  }
  const message = 'Scheduled maintenance is under way. Try again later; saved work is kept.';
  const page = htmlReply(503, systemDocument(QEST_MAINTENANCE_HEADING, message));
  return withHeader(page, 'retry-after', '300');
}

/** No route: the shell for an app screen (the script shows its own not-found screen), else 404. */
export function qestNotFound(request: PortalRequest, state: FixtureState): PortalReply {
  if (isApiRequest(request)) {
    return notFoundJsonReply();
  }
  if (isAppPath(request.path)) {
    return htmlReply(200, appShell(state));
  }
  return htmlReply(404, systemDocument(QEST_NOT_FOUND_HEADING, 'Check the address and try again.'));
}
