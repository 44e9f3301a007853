import { paymentRisks, type PaymentRiskFlag } from '../policy/payment-risk';
import type { CaseRecord } from '../storage/records';

/**
 * The payment-at-risk flags of a stored case, from what the portal showed. Facts the portal
 * fixture's pages do not show yet (prior coverage, renewal type, an added person) are passed as
 * unknown, and unknown facts raise no flag.
 */
export function caseRisks(
  record: CaseRecord,
  today: string,
  ourAssisterId: string,
): PaymentRiskFlag[] {
  const association = record.association;
  const viaForm = association?.method === 'ncaf' || association?.method === 'portal-list';
  const noFormNeeded =
    association?.method === 'signature-page' || association?.method === 'reference-number';
  const associatedId =
    association?.assisterId ?? (association?.method === 'ncaf' ? ourAssisterId : null);

  return paymentRisks({
    eligibilityStatus: record.eligibilityStatus ?? null,
    determinationDate: record.determinationDate ?? null,
    program: record.program ?? null,
    priorCoverage: [],
    renewalType: null,
    wasPersonAdded: false,
    ncafReason: noFormNeeded ? null : record.reason,
    assistedDate: record.assistedDate,
    filedAt: viaForm ? association.at : null,
    today,
    ourAssisterId,
    assisterIdAtActivation: record.eligibilityStatus === 'active' ? associatedId : null,
  });
}
