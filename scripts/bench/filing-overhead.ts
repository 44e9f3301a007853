import type { Consumer } from '../../portal-fixture/records';
import { minnesotaDate } from '../../policy/calendar';
import { whenAssociations } from './association-watch';
import type { BenchSession } from './bench-session';
import { queuedCase } from './case-records';
import { timeDirectFilings } from './direct-filer';
import { figure, samplesOf, type Figure } from './figure';
import { clearCases, putCases, unfiledAttempts, wakeQueue } from './worker-cases';

/**
 * Fixture latencies the filing is timed at (none, and a slow portal) with the rounds at each; a
 * round files the 8 seeded consumers' cases. Rounds at 150 ms take three times as long.
 */
const ROUNDS_AT_LATENCY = [
  { latencyMs: 0, rounds: 5 },
  { latencyMs: 150, rounds: 3 },
] as const;

/** Seeded consumers (the rest are generated): one round files each of them once. */
const SEEDED = 8;

/**
 * Figure 2: the time per NCAF filed by the extension, divided by the time of the same requests
 * made directly over HTTP (GET the form, POST it with its CSRF token) in the same round. A round
 * queues the 8 seeded consumers' cases in the extension and times the queue until the fixture
 * holds all 8 associations; then the fixture is reset and the same 8 are filed directly.
 */
export async function measureFilingOverhead(session: BenchSession): Promise<Figure[]> {
  const figures: Figure[] = [];
  for (const { latencyMs, rounds } of ROUNDS_AT_LATENCY) {
    const extension: number[] = [];
    const direct: number[] = [];
    const incidents: string[] = [];
    for (let round = 0; round < rounds; round += 1) {
      const filings = await timeExtensionFilings(session, latencyMs, SEEDED);
      extension.push(filings.ms / SEEDED);
      incidents.push(...filings.incidents);
      direct.push((await timeDirectRound(session, latencyMs, SEEDED)) / SEEDED);
    }
    figures.push(
      figure(
        {
          group: 2,
          name: `Filing overhead: time per NCAF, portal latency ${latencyMs} ms`,
          unit: 'ms',
          measured: samplesOf(extension),
          limit: { name: 'the same NCAF filed directly over HTTP', ...samplesOf(direct) },
          runs: rounds,
          build: 'test build',
          note: `each run: ${SEEDED} NCAFs in a row; per-NCAF time = run time / ${SEEDED}`,
          incidents,
        },
        { paired: true },
      ),
    );
  }
  return figures;
}

/** How long the extension took to file a round, and what went wrong on the way. */
export interface ExtensionFilings {
  ms: number;
  /** Attempts that did not end in a filing (see `unfiledAttempts`). */
  incidents: string[];
}

/**
 * Queues the first `count` consumers' cases in the extension and returns the milliseconds from
 * waking the queue to the fixture holding all their associations. Used by figure 3 as well.
 */
export async function timeExtensionFilings(
  session: BenchSession,
  latencyMs: number,
  count: number,
  timeoutMs = 120_000,
): Promise<ExtensionFilings> {
  const worker = await session.worker();
  await clearCases(worker);
  await session.resetPortal(latencyMs);
  const consumers = session.portal.consumers().slice(0, count);
  const now = Date.now();
  await putCases(
    worker,
    consumers.map((consumer) => queuedCase(consumer, session.portal.url, now)),
  );

  const started = performance.now();
  const filed = whenAssociations(session.portal, count, timeoutMs);
  const drained = wakeQueue(worker);
  const { monotonicMs } = await filed;
  await drained;
  assertExactlyOnce(session, consumers);
  return { ms: monotonicMs - started, incidents: await unfiledAttempts(worker) };
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

function assertExactlyOnce(session: BenchSession, consumers: readonly Consumer[]): void {
  const wrong = consumers.filter(
    (consumer) => session.portal.associationCount(consumer.caseNumber) !== 1,
  );
  if (wrong.length > 0) {
    throw new Error(`${wrong.length} case(s) were not associated exactly once`);
  }
}
