import { signedInSession, type PortalContext } from '../generation';
import { jsonReply, type PortalReply } from '../reply';
import type { PortalRoute } from '../router';
import type { Navigator } from '../records';
import { apiError, textField, withHeader, withJsonBody } from './api-replies';

/** The QEST session cookie, apart from METS's: signing in to one is not signing in to the other. */
export const QEST_SESSION_COOKIE = 'QEST_SESSION';

/** The header the NCAF submission must carry its CSRF token in. */
export const QEST_CSRF_HEADER = 'x-qest-csrf';

/**
 * Sign in (`POST /qest/api/session`), the session check (`GET`), sign out, and the CSRF token
 * the NCAF frame fetches before it submits (`GET /qest/api/csrf`, single use).
 */
export function sessionApiRoutes(): PortalRoute[] {
  return [
    { method: 'POST', pattern: '/qest/api/session', isPublic: true, handle: signIn },
    { method: 'GET', pattern: '/qest/api/session', handle: describeSession },
    { method: 'POST', pattern: '/qest/api/session/logout', isPublic: true, handle: signOut },
    { method: 'GET', pattern: '/qest/api/csrf', handle: issueCsrfToken },
  ];
}

function signIn({ request, state }: PortalContext): PortalReply {
  return withJsonBody(request, (body) => {
    if (textField(body, 'username').toLowerCase() !== state.navigator.username) {
      const message = 'We couldn\u2019t sign you in. Check your username and password.';
      return apiError(401, 'INVALID_CREDENTIALS', message);
    }

    state.sessions.drop(request.cookies.get(QEST_SESSION_COOKIE));
    const session = state.sessions.create(state.navigator);
    const cookie = `${QEST_SESSION_COOKIE}=${session.id}; Path=/qest; HttpOnly; SameSite=Lax`;
    const reply = jsonReply(200, { navigator: publicNavigator(session.navigator) });
    return withHeader(reply, 'set-cookie', cookie);
  });
}

function describeSession(context: PortalContext): PortalReply {
  return jsonReply(200, { navigator: publicNavigator(signedInSession(context).navigator) });
}

function signOut({ request, state }: PortalContext): PortalReply {
  state.sessions.drop(request.cookies.get(QEST_SESSION_COOKIE));
  const cookie = `${QEST_SESSION_COOKIE}=; Path=/qest; HttpOnly; SameSite=Lax; Max-Age=0`;
  return withHeader(jsonReply(200, { signedOut: true }), 'set-cookie', cookie);
}

function issueCsrfToken(context: PortalContext): PortalReply {
  const token = context.state.sessions.issueCsrfToken(signedInSession(context));
  return jsonReply(200, { csrfToken: token });
}

/** What the app may know about the navigator: never the username. */
function publicNavigator(navigator: Navigator): Omit<Navigator, 'username'> {
  return {
    displayName: navigator.displayName,
    assisterId: navigator.assisterId,
    organization: navigator.organization,
  };
}
