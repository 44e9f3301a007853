import type { PortalContext } from '../generation';
import { htmlReply, redirectReply, type PortalReply } from '../reply';
import type { PortalRoute } from '../router';
import { appShell, ncafFrameDocument } from './documents';

/**
 * The documents a browser loads: the app shell at `/qest/` (any `/qest/app/...` path gets the same
 * shell through the not-found and sign-in fallbacks) and the NCAF frame. Both are public: the
 * script asks the API about the session.
 */
export function screenRoutes(): PortalRoute[] {
  return [
    { method: 'GET', pattern: '/qest', isPublic: true, handle: () => redirectReply('/qest/') },
    { method: 'GET', pattern: '/qest/', isPublic: true, handle: showShell },
    { method: 'GET', pattern: '/qest/frames/ncaf', isPublic: true, handle: showNcafFrame },
  ];
}

function showShell(context: PortalContext): PortalReply {
  return htmlReply(200, appShell(context.state));
}

function showNcafFrame(context: PortalContext): PortalReply {
  return htmlReply(200, ncafFrameDocument(context.state));
}
