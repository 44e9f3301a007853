import { messenger } from '../messaging/protocol';
import type { PortalProfile } from '../portal-adapters/profile-schema';
import { attemptsOf, finishAttempt, recordStep, startAttempt } from '../storage/attempts';
import type { CaseDatabase } from '../storage/db';
import type { AttemptRecord, CaseRecord } from '../storage/records';
import type { Settings } from '../storage/settings';
import { checkpoint } from './checkpoints';
import { ncafValuesFor, portalSpellingProblems } from './ncaf-values';
import {
  alreadyAssociated,
  filed,
  needsAttention,
  needsLogin,
  retryLater,
  type AttemptResult,
} from './outcomes';
import {
  describePage,
  PAGE_TIMEOUT_MS,
  showInFilingTab,
  withInstance,
  type FilingTab,
} from './portal-tab';
import { reconcileByLookup } from './reconcile';
import { nextTabPage, type TabPage } from './tab-reports';

/** What filing one case needs from the background. */
export interface FilingContext {
  db: CaseDatabase;
  settings: Settings;
  profile: PortalProfile;
  now: () => number;
  tab: FilingTab | null;
}

/**
 * Files one case through the portal tab: look up first when an earlier attempt may have been
 * submitted, open the NCAF, fill it, store "submitting", click, read the answer. Every way out
 * ends the attempt with an outcome. Returns the tab for the next case and the result.
 */
export async function fileCase(context: FilingContext, record: CaseRecord) {
  const { db, now } = context;
  const trail = await attemptsOf(db, record.id);
  const startedAt = now();
  const attemptId = await startAttempt(db, record.id, startedAt);
  let tab = context.tab;

  const result = await (async (): Promise<AttemptResult> => {
    if (mayHaveBeenSubmitted(trail)) {
      await recordStep(db, attemptId, 'reconciling');
      const looked = await reconcileByLookup(context, record, tab);
      tab = looked.tab;
      if (looked.result) return looked.result;
    }
    const submitted = await openFillSubmit(context, record, trail, attemptId, tab);
    tab = submitted.tab;
    return submitted.result;
  })().catch((error: unknown) => retryLater(record, trail, errorText(error), now(), 'unknown'));

  const { caseChanges, ...attemptResult } = result;
  await finishAttempt(db, attemptId, attemptResult, caseChanges, now());
  return { tab, result, startedAt };
}

/** True when the last attempt got as far as the submit click without a definite answer. */
function mayHaveBeenSubmitted(trail: readonly AttemptRecord[]): boolean {
  const last = trail.at(-1);
  return last?.outcome === 'unknown' || (last?.outcome === 'pending' && last.step === 'submitting');
}

async function openFillSubmit(
  context: FilingContext,
  record: CaseRecord,
  trail: readonly AttemptRecord[],
  attemptId: number,
  previousTab: FilingTab | null,
): Promise<{ tab: FilingTab | null; result: AttemptResult }> {
  const { db, profile, now } = context;
  const values = ncafValuesFor(record, context.settings);
  if (!values) {
    return { tab: previousTab, result: needsAttention(['The case is missing NCAF fields']) };
  }
  const spelling = portalSpellingProblems(values, profile);
  if (spelling.length > 0) return { tab: previousTab, result: needsAttention(spelling) };

  const opened = await showInFilingTab(db, record.portalOrigin + profile.ncaf.path, previousTab);
  const tab = withInstance(opened.tab, opened.page);
  if (!isPage(opened.page, 'ncafForm')) {
    return { tab, result: beforeSubmit(record, trail, opened.page, now()) };
  }

  await checkpoint('tab-opened');
  await recordStep(db, attemptId, 'filling');
  const frame = { tabId: tab.tabId, frameId: tab.frameId };
  const fill = await messenger.sendMessage('fillNcaf', values, frame);
  if (!fill.ok)
    return { tab, result: needsAttention([`The form could not be filled: ${fill.message}`]) };

  await checkpoint('form-filled');

  // Written ahead: if anything dies from here on, the next try looks the case up before filing.
  await recordStep(db, attemptId, 'submitting');
  await checkpoint('submitting');
  const answered = nextTabPage(tab.tabId, tab.instanceId, PAGE_TIMEOUT_MS);
  const click = await messenger.sendMessage('submitNcaf', {}, frame);
  if (!click.ok) return { tab, result: retryLater(record, trail, click.message, now(), 'unknown') };
  await checkpoint('response-pending');

  const answer = await answered;
  const result = afterSubmit(record, trail, answer, now());
  // Still no answer means the request may still be running: a lookup now could miss an
  // association about to be stored, so the look-up waits for the next try.
  const mayStillRun = answer.kind === 'timed-out';
  if (result.outcome !== 'unknown' || result.caseChanges.status === 'needs-login' || mayStillRun) {
    return { tab: withInstance(tab, answer), result };
  }
  // No answer was read: the portal's own list says whether the association was stored.
  const looked = await reconcileByLookup(context, record, withInstance(tab, answer));
  return {
    tab: looked.tab,
    result: looked.result ?? retryAfterLookup(record, trail, result, now()),
  };
}

function beforeSubmit(
  record: CaseRecord,
  trail: readonly AttemptRecord[],
  page: TabPage,
  now: number,
) {
  if (isPage(page, 'login')) return needsLogin();
  return retryLater(record, trail, `The NCAF form did not open: ${describePage(page)}`, now);
}

function afterSubmit(
  record: CaseRecord,
  trail: readonly AttemptRecord[],
  page: TabPage,
  now: number,
) {
  if (page.kind === 'page') {
    const outcome = page.report.ncafOutcome;
    if (outcome?.kind === 'confirmation') return filed(outcome.confirmationNumber, now);
    if (outcome?.kind === 'already-associated') return alreadyAssociated(outcome.message, now);
    if (outcome?.kind === 'rejected') return needsAttention(outcome.messages);
    if (outcome?.kind === 'lost') {
      return retryLater(
        record,
        trail,
        `No answer after submitting: ${outcome.message}`,
        now,
        'unknown',
      );
    }
    if (page.report.pageKind === 'login') return needsLogin('unknown');
  }
  return retryLater(
    record,
    trail,
    `No answer after submitting: ${describePage(page)}`,
    now,
    'unknown',
  );
}

function retryAfterLookup(
  record: CaseRecord,
  trail: readonly AttemptRecord[],
  unanswered: AttemptResult,
  now: number,
): AttemptResult {
  const message = `${unanswered.message ?? 'No answer after submitting'}; the portal list shows no association`;
  return retryLater(record, trail, message, now, 'not-stored');
}

function isPage(page: TabPage, kind: string): boolean {
  return page.kind === 'page' && page.report.pageKind === kind;
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
