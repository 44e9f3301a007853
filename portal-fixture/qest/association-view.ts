import type { Association } from '../records';
import type { FixtureStore } from '../store';

/** An association as QEST's API shows it: the case under its QEST number. */
export interface QestAssociationView {
  confirmationNumber: string;
  caseId: string;
  consumerName: string;
  assisterId: string;
  organization: string;
  /** `yyyy-MM-dd`. */
  submittedOn: string;
}

/**
 * Shows a stored association the QEST way. The store keeps associations under the METS number;
 * QEST shows the case's QEST number (or the stored number, for a case it does not know).
 */
export function qestAssociationView(
  association: Association,
  store: FixtureStore,
): QestAssociationView {
  return {
    confirmationNumber: association.confirmationNumber,
    caseId: store.consumerByCase(association.caseNumber)?.qestCaseNumber ?? association.caseNumber,
    consumerName: association.consumerName,
    assisterId: association.assisterId,
    organization: association.organization,
    submittedOn: association.associatedOn,
  };
}
