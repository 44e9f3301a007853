import type { PortalContext } from '../generation';
import { markup, type SafeHtml } from '../html';
import type { PortalRequest } from '../http-io';
import { htmlReply, redirectReply, type PortalReply } from '../reply';
import type { PortalRoute } from '../router';
import { actionSet, cluster, errorSummary, textRow } from './fields';
import { metsPage } from './layout';

/** The METS session cookie. */
export const METS_SESSION_COOKIE = 'METS_SESSION';

/** The login page's path. */
export const LOGIN_PATH = '/mets/login';

/** Where a successful login goes when no `next` was asked for. */
const DEFAULT_AFTER_LOGIN = '/mets/dashboard';

/** Any origin will do: only the path and query of `next` are ever used. */
const SAME_ORIGIN_BASE = 'http://portal.invalid';

/** What the login page shows. */
export interface LoginPageOptions {
  isExpired: boolean;
  next: string | undefined;
  error?: string;
}

/** The `302` to the login page a request without a session gets, remembering where it was going. */
export function signInRequiredReply(request: PortalRequest): PortalReply {
  const query = new URLSearchParams({ reason: 'expired', next: request.pathWithQuery });
  return redirectReply(`${LOGIN_PATH}?${query.toString()}`);
}

/** The login page, as a `200`, in place of whatever was asked for (session ended). */
export function sessionEndedReply(request: PortalRequest): PortalReply {
  return htmlReply(200, loginPage({ isExpired: true, next: request.pathWithQuery }));
}

/** The login and logout routes. */
export function loginRoutes(): PortalRoute[] {
  return [
    { method: 'GET', pattern: LOGIN_PATH, isPublic: true, handle: showLogin },
    { method: 'POST', pattern: LOGIN_PATH, isPublic: true, handle: signIn },
    { method: 'GET', pattern: '/mets/logout', isPublic: true, handle: signOut },
  ];
}

function showLogin({ request }: PortalContext): PortalReply {
  const isExpired = request.query.get('reason') === 'expired';
  return htmlReply(200, loginPage({ isExpired, next: request.query.get('next') ?? undefined }));
}

function signIn({ request, state }: PortalContext): PortalReply {
  const next = request.form.get('next') ?? undefined;
  const username = (request.form.get('username') ?? '').trim().toLowerCase();
  if (username !== state.navigator.username) {
    const error = 'The username or password is incorrect.';
    return htmlReply(200, loginPage({ isExpired: false, next, error }));
  }

  state.sessions.drop(request.cookies.get(METS_SESSION_COOKIE));
  const session = state.sessions.create(state.navigator);
  const cookie = `${METS_SESSION_COOKIE}=${session.id}; Path=/; HttpOnly; SameSite=Lax`;
  return redirectReply(safeNextPath(next) ?? DEFAULT_AFTER_LOGIN, { 'set-cookie': cookie });
}

function signOut({ request, state }: PortalContext): PortalReply {
  state.sessions.drop(request.cookies.get(METS_SESSION_COOKIE));
  const cookie = `${METS_SESSION_COOKIE}=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0`;
  return redirectReply(LOGIN_PATH, { 'set-cookie': cookie });
}

/** `next` if it is a path on this server (not the login page itself), else undefined. */
export function safeNextPath(next: string | undefined): string | undefined {
  if (!next?.startsWith('/') || next.startsWith('//') || next.includes('\\')) {
    return undefined;
  }

  const url = new URL(next, SAME_ORIGIN_BASE);
  const isSameOrigin = url.origin === SAME_ORIGIN_BASE;
  return isSameOrigin && url.pathname !== LOGIN_PATH ? url.pathname + url.search : undefined;
}

function loginPage({ isExpired, next, error }: LoginPageOptions): SafeHtml {
  const expiredNotice = isExpired
    ? markup`<div class="info-message" role="status">Your session has ended. Sign in again.</div>`
    : '';
  return metsPage({
    heading: 'Sign in to the MNsure Assister Portal',
    body: markup`${expiredNotice}
${errorSummary(error === undefined ? [] : [error])}
<form method="post" action="${LOGIN_PATH}" class="login-form" novalidate>
<input type="hidden" name="next" value="${next ?? ''}">
${cluster('Sign in', [
  textRow({ id: 'username', label: 'Username', value: '', autocomplete: 'username' }),
  textRow({
    id: 'password',
    label: 'Password',
    value: '',
    type: 'password',
    autocomplete: 'current-password',
  }),
])}
${actionSet('Sign in')}
</form>`,
  });
}
