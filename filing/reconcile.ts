import { lookupUrl } from '../portal-adapters/ncaf-form';
import type { CaseRecord } from '../storage/records';
import type { FilingContext } from './file-case';
import { alreadyAssociated, filed, needsLogin, type AttemptResult } from './outcomes';
import { describePage, showInFilingTab, withInstance, type FilingTab } from './portal-tab';

/**
 * Looks the case up in the portal's association list. Returns the result when the list decides
 * it (associated: filed; the list asks for a login: needs login), or `result: null` when the case
 * is not associated and may be filed. Throws when the list cannot be read, so nothing is filed
 * blind.
 */
export async function reconcileByLookup(
  context: FilingContext,
  record: CaseRecord,
  previousTab: FilingTab | null,
): Promise<{ tab: FilingTab; result: AttemptResult | null }> {
  const { db, profile, settings, now } = context;
  const url = lookupUrl(record.portalOrigin, profile, record.caseNumber ?? '');
  const { tab, page } = await showInFilingTab(db, url, previousTab);
  const current = withInstance(tab, page);

  if (page.kind === 'page' && page.report.pageKind === 'login') {
    return { tab: current, result: needsLogin('unknown') };
  }
  if (
    page.kind !== 'page' ||
    page.report.pageKind !== 'associations' ||
    page.report.associations === undefined
  ) {
    throw new Error(`The association list could not be read: ${describePage(page)}`);
  }

  const row = page.report.associations?.find((entry) => entry.caseNumber === record.caseNumber);
  if (!row) return { tab: current, result: null };

  const ours = row.assisterId.toUpperCase() === settings.assisterId.toUpperCase();
  if (ours && row.confirmationNumber) {
    return { tab: current, result: filed(row.confirmationNumber, now(), 'portal-list') };
  }
  const message = ours
    ? 'The portal lists this case as associated with you'
    : 'The portal lists this case as associated with another assister';
  return { tab: current, result: alreadyAssociated(message, now(), row.assisterId) };
}
