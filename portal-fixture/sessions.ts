import { randomBytes } from 'node:crypto';
import type { Navigator } from './records';

/** How many unused CSRF tokens a session keeps, so a few open form tabs all still submit. */
const MAX_OPEN_CSRF_TOKENS = 20;

/** A signed-in navigator's session. */
export interface Session {
  id: string;
  navigator: Navigator;
  lastSeenMs: number;
  /** Tokens issued to forms and not used yet, oldest first. */
  csrfTokens: string[];
}

/**
 * Sessions of signed-in navigators, ended after `idleMs` without a request. Idle time runs on the
 * real clock (not the fixture's validation clock) so a test with a fixed date can still expire one.
 */
export class SessionStore {
  private readonly sessions = new Map<string, Session>();

  constructor(
    private readonly idleMs: number,
    private readonly clockMs: () => number = Date.now,
  ) {}

  /** Starts a session for the navigator. */
  create(navigator: Navigator): Session {
    const session: Session = {
      id: randomToken(),
      navigator: { ...navigator },
      lastSeenMs: this.clockMs(),
      csrfTokens: [],
    };
    this.sessions.set(session.id, session);
    return session;
  }

  /** The live session with this id, touched as used; an idle one is ended and not returned. */
  use(id: string | undefined): Session | undefined {
    const session = id === undefined ? undefined : this.sessions.get(id);
    if (!session) {
      return undefined;
    }

    const now = this.clockMs();
    if (now - session.lastSeenMs > this.idleMs) {
      this.sessions.delete(session.id);
      return undefined;
    }
    session.lastSeenMs = now;
    return session;
  }

  /** Ends one session; unknown ids are ignored. */
  drop(id: string | undefined): void {
    if (id !== undefined) {
      this.sessions.delete(id);
    }
  }

  /** Ends every session. */
  dropAll(): void {
    this.sessions.clear();
  }

  /** How many sessions exist (idle ones included until next used). */
  count(): number {
    return this.sessions.size;
  }

  /** Issues a single-use CSRF token for a form rendered in this session. */
  issueCsrfToken(session: Session): string {
    const token = randomToken();
    session.csrfTokens.push(token);
    if (session.csrfTokens.length > MAX_OPEN_CSRF_TOKENS) {
      session.csrfTokens.shift();
    }
    return token;
  }

  /** Uses up the token if this session issued it; false for a missing, wrong or used token. */
  consumeCsrfToken(session: Session, token: string | null): boolean {
    const index = token ? session.csrfTokens.indexOf(token) : -1;
    if (index < 0) {
      return false;
    }
    session.csrfTokens.splice(index, 1);
    return true;
  }
}

function randomToken(): string {
  return randomBytes(18).toString('base64url');
}
