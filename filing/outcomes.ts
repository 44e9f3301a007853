import { endOfMinnesotaDay } from '../policy/calendar';
import type { AttemptOutcome, AttemptRecord, CaseRecord } from '../storage/records';
import { retryDelayMs } from './retry-schedule';
import { trailingFailures } from '../storage/attempts';

/** An attempt's result and what it does to the case. */
export interface AttemptResult {
  outcome: AttemptOutcome;
  message?: string;
  confirmationNumber?: string;
  caseChanges: Partial<CaseRecord>;
}

/** The portal confirmed the association. */
export function filed(
  confirmationNumber: string,
  now: number,
  method: 'ncaf' | 'portal-list' = 'ncaf',
): AttemptResult {
  return {
    outcome: 'filed',
    confirmationNumber,
    caseChanges: {
      status: 'filed',
      dueAt: null,
      portalMessages: [],
      association: { method, confirmationNumber, at: now },
    },
  };
}

/** The portal says the case is already associated: success, recorded as such. */
export function alreadyAssociated(
  message: string,
  now: number,
  assisterId?: string,
): AttemptResult {
  return {
    outcome: 'already-associated',
    message,
    caseChanges: {
      status: 'already-associated',
      dueAt: null,
      portalMessages: [message],
      association: { method: 'portal-list', at: now, ...(assisterId ? { assisterId } : {}) },
    },
  };
}

/** The portal refused the form: the navigator must look, no blind retry. */
export function needsAttention(messages: string[]): AttemptResult {
  return {
    outcome: 'rejected',
    message: messages.join(' '),
    caseChanges: { status: 'needs-attention', dueAt: null, portalMessages: messages },
  };
}

/** The portal session ended: the queue pauses until the navigator logs in. */
export function needsLogin(outcome: 'needs-login' | 'unknown' = 'needs-login'): AttemptResult {
  return {
    outcome,
    message: 'The portal asked to log in',
    caseChanges: { status: 'needs-login', dueAt: null },
  };
}

/**
 * A fault worth retrying: the case waits for its next try, sooner as the deadline nears.
 * `outcome` is `unknown` when the form may have been submitted, so the next try looks it up first.
 */
export function retryLater(
  record: CaseRecord,
  trail: readonly AttemptRecord[],
  message: string,
  now: number,
  outcome: 'retryable' | 'unknown' | 'not-stored' = 'retryable',
): AttemptResult {
  const failures = trailingFailures(trail) + 1;
  const delay = retryDelayMs(failures, endOfMinnesotaDay(record.deadline) - now);
  return {
    outcome,
    message,
    caseChanges: { status: 'retry-wait', dueAt: now + delay, portalMessages: [message] },
  };
}
