import { FixtureWaitTimeout } from './association-watch';
import type { BenchSession } from './bench-session';
import { fileWithExtension, timeDirectRound } from './extension-filings';
import { figure, notMeasured, samplesOf, type Figure } from './figure';
import type { TimeBudget } from './time-budget';

/** Fixture latencies the filing is timed at: none, and a slow portal. */
const LATENCIES_MS = [0, 150] as const;

/**
 * The rounds, in order: 5 at 0 ms and 3 at 150 ms (those take three times as long), alternating
 * while both last, so a short budget still leaves a round at each latency.
 */
const ROUND_LATENCIES_MS: readonly number[] = [0, 150, 0, 150, 0, 150, 0, 0];

/** Before a latency's first round: how long one is expected to take, in ms. */
const FIRST_ROUND_GUESS_MS: Record<number, number> = { 0: 10_000, 150: 20_000 };

/** A round is only started when the budget leaves this much more than the last one took. */
const ROUND_MARGIN = 1.25;

/** Longest wait for one round's filings (a retried filing waits about a minute for its alarm). */
const ROUND_TIMEOUT_MS = 120_000;

/** Seeded consumers (the rest are generated): one round files each of them once. */
const SEEDED = 8;

interface LatencyRuns {
  extension: number[];
  direct: number[];
  incidents: string[];
  lastRoundMs?: number;
  /** A round was stopped at the run's time limit (and not counted). */
  wasCut?: boolean;
}

/**
 * Figure 2: the time per NCAF filed by the extension, divided by the time of the same requests
 * made directly over HTTP (GET the form, POST it with its CSRF token) in the same round. A round
 * queues the 8 seeded consumers' cases in the extension and times the queue until the fixture
 * holds all 8 associations; then the fixture is reset and the same 8 are filed directly. Rounds
 * run while `budget` leaves time, keeping `reserveMs` for the steps after this one.
 */
export async function measureFilingOverhead(
  session: BenchSession,
  budget: TimeBudget,
  reserveMs: number,
): Promise<Figure[]> {
  const runs = new Map<number, LatencyRuns>(
    LATENCIES_MS.map((latencyMs) => [latencyMs, { extension: [], direct: [], incidents: [] }]),
  );
  for (const latencyMs of ROUND_LATENCIES_MS) {
    const latency = runs.get(latencyMs)!;
    const expectedMs = (latency.lastRoundMs ?? FIRST_ROUND_GUESS_MS[latencyMs]!) * ROUND_MARGIN;
    if (budget.leftMs(reserveMs) < expectedMs) break;
    const started = performance.now();
    const timeoutMs = Math.min(ROUND_TIMEOUT_MS, budget.leftMs(reserveMs));
    try {
      const filings = await fileWithExtension(session, { latencyMs, count: SEEDED, timeoutMs });
      latency.extension.push(filings.ms / SEEDED);
      latency.incidents.push(...filings.incidents);
    } catch (error) {
      if (!(error instanceof FixtureWaitTimeout)) throw error;
      latency.wasCut = true;
      break;
    }
    latency.direct.push((await timeDirectRound(session, latencyMs, SEEDED)) / SEEDED);
    latency.lastRoundMs = performance.now() - started;
  }
  return LATENCIES_MS.map((latencyMs) => overheadFigure(latencyMs, runs.get(latencyMs)!));
}

function overheadFigure(latencyMs: number, runs: LatencyRuns): Figure {
  const row = {
    group: 2,
    name: `Filing overhead: time per NCAF, portal latency ${latencyMs} ms`,
    unit: 'ms',
    build: 'test build' as const,
  };
  if (runs.extension.length === 0) {
    return notMeasured(row, "no whole round fitted in the run's time limit", runs.incidents);
  }
  const cut = runs.wasCut ? "; a further round was stopped at the run's time limit" : '';
  return figure(
    {
      ...row,
      measured: samplesOf(runs.extension),
      limit: { name: 'the same NCAF filed directly over HTTP', ...samplesOf(runs.direct) },
      runs: runs.extension.length,
      note: `each run: ${SEEDED} NCAFs in a row; per-NCAF time = run time / ${SEEDED}${cut}`,
      incidents: runs.incidents,
    },
    { paired: true },
  );
}
