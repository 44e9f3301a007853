import type { IsoDate } from '../policy/calendar';
import type { NcafReason, Program } from '../policy/ncaf-reasons';

/** Where a case stands, from first capture to filed. */
export type CaseStatus =
  /** Fields the NCAF needs are missing or invalid; `missingFields` and `problems` say which. */
  | 'incomplete'
  /** The navigator's Assister ID, name or organisation is not set in the options page yet. */
  | 'needs-setup'
  /** Complete, waiting for one click because no standing e-signature consent was given. */
  | 'ready-to-sign'
  /** Complete and waiting for its auto-filing time (`dueAt`). */
  | 'queued'
  /** A filing attempt is in progress. */
  | 'filing'
  /** The last attempt hit a portal fault; it is retried at `dueAt`. */
  | 'retry-wait'
  /** The portal session has ended; filing resumes after the navigator logs in. */
  | 'needs-login'
  /** The portal refused the form; `portalMessages` says why. Not retried blindly. */
  | 'needs-attention'
  /** Filed: the portal confirmed the association. */
  | 'filed'
  /** Already associated (signature page, reference number or an earlier filing): no NCAF. */
  | 'already-associated';

/** How the navigator came to be associated with the case. */
export type AssociationMethod = 'signature-page' | 'reference-number' | 'ncaf' | 'portal-list';

/** The association, once there is one. */
export interface Association {
  method: AssociationMethod;
  assisterId?: string;
  confirmationNumber?: string;
  /** Epoch ms when the product learnt of it. */
  at: number;
}

/** A field that was read but refused, with the reason in words. */
export interface FieldProblem {
  field: string;
  message: string;
}

/** The consumer details kept for a case: the allow-listed fields only. */
export interface ConsumerDetails {
  firstName?: string;
  lastName?: string;
  dateOfBirth?: IsoDate;
  county?: string;
  preferredLanguage?: string;
}

/** One assisted case, as stored. */
export interface CaseRecord {
  id: string;
  source: 'portal' | 'manual';
  profileId: string;
  /** The portal origin the case was seen on; its NCAF is filed there. */
  portalOrigin: string;
  /** The portal's own application key, or '' for a manual case. */
  applicationKey: string;
  consumer: ConsumerDetails;
  caseNumber?: string;
  program?: Program;
  eligibilityStatus?: 'pending' | 'approved' | 'active';
  determinationDate?: IsoDate;
  assistedDate: IsoDate;
  deadline: IsoDate;
  reason: NcafReason;
  association: Association | null;
  status: CaseStatus;
  missingFields: string[];
  problems: FieldProblem[];
  /** Epoch ms from which the filer may file it; null when it is not waiting to be filed. */
  dueAt: number | null;
  portalMessages: string[];
  capturedAt: number;
  updatedAt: number;
}

/** The step a filing attempt reached. `submitting` is written before the submit click. */
export type AttemptStep = 'opening' | 'filling' | 'submitting' | 'reconciling' | 'done';

/** What became of a filing attempt. */
export type AttemptOutcome =
  | 'pending'
  | 'filed'
  | 'already-associated'
  | 'rejected'
  | 'retryable'
  | 'needs-login'
  /** Submitted, but no answer was read: the portal's list decides before anything else. */
  | 'unknown'
  /** Reconciled: the portal has no association, so nothing was stored. */
  | 'not-stored';

/** One filing attempt: the audit trail for payment disputes. */
export interface AttemptRecord {
  id?: number;
  caseId: string;
  startedAt: number;
  step: AttemptStep;
  outcome: AttemptOutcome;
  message?: string;
  confirmationNumber?: string;
  finishedAt?: number;
}

/** An entry of the audit log. Never holds consumer names or dates of birth. */
export interface AuditEvent {
  id?: number;
  at: number;
  caseId?: string;
  type: string;
  detail: string;
}

/** A deadline or login notice already raised, so it is raised once per case and threshold. */
export interface NoticeRecord {
  /** `<caseId>:<threshold>`, or `portal-login:<pause start>`. */
  id: string;
  caseId: string;
  threshold: string;
  raisedAt: number;
}

/** A small keyed value: settings, the portal session state, remembered notifications. */
export interface KeyValue {
  key: string;
  value: unknown;
}

/** Cases whose NCAF still needs filing (or fixing) before the deadline. */
export const OPEN_STATUSES: readonly CaseStatus[] = [
  'incomplete',
  'needs-setup',
  'ready-to-sign',
  'queued',
  'filing',
  'retry-wait',
  'needs-login',
  'needs-attention',
];

/** True when nothing more needs to be filed for the case. */
export function isSettled(status: CaseStatus): boolean {
  return status === 'filed' || status === 'already-associated';
}
