import type { PageReport } from '../messaging/schemas';
import { pickProfile } from './recognise';
import { readAssociationRows, readNcafOutcome } from './ncaf-form';
import type { PageKind, PortalProfile } from './profile-schema';

/** The page a content script is on, recognised against the available profiles. */
export interface RecognisedPage {
  profile: PortalProfile;
  kind: PageKind;
}

/** Recognises the current page; null when no profile knows it. */
export function recognise(
  doc: Document,
  profiles: readonly PortalProfile[],
): RecognisedPage | null {
  return pickProfile(doc, doc.location.pathname, profiles);
}

/** Builds the report a content script sends about its page: what it is, and any portal answer. */
export function buildPageReport(
  doc: Document,
  instanceId: string,
  page: RecognisedPage | null,
): PageReport {
  const report: PageReport = {
    instanceId,
    loadedAt: Math.round(doc.defaultView?.performance.timeOrigin ?? 0),
    origin: doc.location.origin,
    path: doc.location.pathname + doc.location.search,
    profileId: page?.profile.id ?? null,
    pageKind: page?.kind ?? null,
  };
  if (!page) return report;

  const outcome = readNcafOutcome(doc, page.profile, page.kind);
  if (outcome) report.ncafOutcome = outcome;
  if (page.kind === 'associations') {
    const rows = readAssociationRows(doc, page.profile);
    // Until its results table is on the page the list is not ready to be read.
    if (rows) report.associations = rows;
    else report.pageKind = null;
  }
  return report;
}
