import type { Consumer } from '../../portal-fixture/records';
import { minnesotaDate } from '../../policy/calendar';
import { FixtureWaitTimeout, whenAssociations } from './association-watch';
import type { BenchSession } from './bench-session';
import { queuedCase } from './case-records';
import { timeDirectFilings } from './direct-filer';
import { clearCases, putCases, unfiledAttempts, wakeQueue } from './worker-cases';
import type { Worker } from 'playwright-core';

/** How a round of filings by the extension went. */
export interface ExtensionFilings {
  /** From waking the queue to the last association (or to the time limit when not complete). */
  ms: number;
  /** Associations the fixture held at the end. */
  filed: number;
  isComplete: boolean;
  /** Attempts that did not end in a filing (see `unfiledAttempts`). */
  incidents: string[];
}

/** What to file. */
export interface FilingRound {
  latencyMs: number;
  /** The first `count` of the fixture's consumers are filed. */
  count: number;
  timeoutMs: number;
  /** On a timeout, return what was filed by then instead of throwing `FixtureWaitTimeout`. */
  allowPartial?: boolean;
}

/**
 * Puts complete cases for the first `count` consumers in the extension's database, queued and due
 * now, wakes the queue and times it until the fixture holds all their associations, each exactly
 * once. On a timeout the extension is stopped first (its cases cleared, its run finished), so it
 * files nothing in the background of the next measurement. Used by figures 2 and 3.
 */
export async function fileWithExtension(
  session: BenchSession,
  round: FilingRound,
): Promise<ExtensionFilings> {
  const worker = await session.worker();
  await clearCases(worker);
  await session.resetPortal(round.latencyMs);
  const consumers = session.portal.consumers().slice(0, round.count);
  const now = Date.now();
  await putCases(
    worker,
    consumers.map((consumer) => queuedCase(consumer, session.portal.url, now)),
  );

  const started = performance.now();
  const filed = whenAssociations(session.portal, round.count, round.timeoutMs);
  const drained = wakeQueue(worker);
  // Awaited below; this only keeps a failure from going unhandled if the wait times out first.
  drained.catch(() => undefined);
  try {
    const { monotonicMs } = await filed;
    await drained;
    // A case retried by its alarm may be finishing in a later run: joining the queue waits for it.
    await wakeQueue(worker);
    assertExactlyOnce(session, consumers);
    const incidents = await unfiledAttempts(worker);
    return { ms: monotonicMs - started, filed: round.count, isComplete: true, incidents };
  } catch (error) {
    if (!(error instanceof FixtureWaitTimeout)) throw error;
    const partial = {
      ms: performance.now() - started,
      filed: session.portal.associations().length,
      isComplete: false,
      incidents: await unfiledAttempts(worker),
    };
    await stopFiling(worker);
    if (!round.allowPartial) throw error;
    return partial;
  }
}

/** Files the first `count` consumers directly; returns the milliseconds it took. */
export async function timeDirectRound(
  session: BenchSession,
  latencyMs: number,
  count: number,
): Promise<number> {
  session.portal.reset();
  session.portal.setLatency(latencyMs);
  const consumers = session.portal.consumers().slice(0, count);
  return timeDirectFilings(session.portal.url, consumers, minnesotaDate(Date.now()));
}

/** Clears the cases, then joins the queue's run so it ends with nothing left to file. */
async function stopFiling(worker: Worker): Promise<void> {
  await clearCases(worker);
  await wakeQueue(worker);
}

function assertExactlyOnce(session: BenchSession, consumers: readonly Consumer[]): void {
  const wrong = consumers.filter(
    (consumer) => session.portal.associationCount(consumer.caseNumber) !== 1,
  );
  if (wrong.length > 0) {
    throw new Error(`${wrong.length} case(s) were not associated exactly once`);
  }
}
