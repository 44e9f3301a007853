import { filingDeadline } from '../policy/deadline';
import type { NcafReason } from '../policy/ncaf-reasons';
import type { CaseRecord } from './records';

/** What a new case needs to be told; everything else starts empty. */
export type NewCaseFields = Pick<
  CaseRecord,
  'source' | 'profileId' | 'portalOrigin' | 'applicationKey' | 'assistedDate'
> &
  Partial<Pick<CaseRecord, 'consumer' | 'caseNumber' | 'program' | 'eligibilityStatus'>> &
  Partial<Pick<CaseRecord, 'determinationDate'>> & { reason?: NcafReason };

/**
 * A case as first stored: its deadline from the assisted date, no association, nothing missing
 * or refused yet, status `incomplete` until `readiness` says otherwise.
 */
export function newCaseRecord(fields: NewCaseFields, now: number): CaseRecord {
  return {
    id: crypto.randomUUID(),
    consumer: {},
    reason: 'online-application-unassociated',
    ...fields,
    deadline: filingDeadline(fields.assistedDate),
    association: null,
    status: 'incomplete',
    missingFields: [],
    problems: [],
    dueAt: null,
    portalMessages: [],
    capturedAt: now,
    updatedAt: now,
  };
}
