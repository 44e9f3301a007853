import type { FaultBook, FaultKind, FaultRule } from './faults';
import type { PortalRequest } from './http-io';
import type { Navigator } from './records';
import type { PortalReply } from './reply';
import type { PortalRoute } from './router';
import type { Session, SessionStore } from './sessions';
import type { FixtureStore } from './store';

/**
 * What a portal generation (METS or QEST) plugs into the shared server: its routes
 * under its own path prefix and the pages the shared machinery needs to answer with.
 */

/** `renamed` changes every id the extension might select by, keeping the visible labels. */
export type IdVariant = 'standard' | 'renamed';

/** State shared by every generation of one running fixture. */
export interface FixtureState {
  readonly store: FixtureStore;
  readonly sessions: SessionStore;
  readonly faults: FaultBook;
  readonly navigator: Readonly<Navigator>;
  /** The clock for validation (future dates) and for dates the portal stamps. */
  readonly now: () => Date;
  readonly idVariant: IdVariant;
  /** Elements of history added to each METS household page, to make it heavy; 0 for none. */
  readonly householdPaddingElements: number;
  /** Added before every portal response. */
  latencyMs: number;
  /** Aborted when the fixture closes: every wait ends and held connections are dropped. */
  readonly closing: AbortSignal;
}

/** What a route handler gets. */
export interface PortalContext {
  request: PortalRequest;
  params: Record<string, string>;
  /** Always set for routes that are not public. */
  session: Session | undefined;
  state: FixtureState;
  /** Takes the first active fault of these kinds that matches this request, using one hit. */
  takeFault(kinds: readonly FaultKind[]): FaultRule | undefined;
}

/** One portal generation. */
export interface PortalGeneration {
  /** Path prefix every page of this generation lives under, e.g. `/mets`. */
  prefix: string;
  /** Where `/` sends a browser (only the first generation's is used). */
  home: string;
  /** Name of the session cookie. */
  sessionCookie: string;
  routes: readonly PortalRoute[];
  /** The case a request is about, for case-scoped faults. */
  caseNumberOf(request: PortalRequest): string | undefined;
  /** The answer to a request that needs a session and has none. */
  signInRequired(request: PortalRequest): PortalReply;
  /** The login page served in place of the requested page (`loginPage` fault). */
  sessionEndedPage(request: PortalRequest): PortalReply;
  /** The `500` answer; `request` is absent when the request could not even be read. */
  serverErrorPage(request?: PortalRequest): PortalReply;
  /** The `503` answer (a JSON API answers in JSON, a page with a page). */
  maintenancePage(request: PortalRequest): PortalReply;
  notFoundPage(context: PortalContext): PortalReply;
}

/** The session of a signed-in route; the dispatcher guarantees it for non-public routes. */
export function signedInSession(context: PortalContext): Session {
  if (!context.session) {
    throw new Error(`route ${context.request.path} ran without a session`);
  }
  return context.session;
}
