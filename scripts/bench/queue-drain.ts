import type { BenchSession } from './bench-session';
import { fileWithExtension, timeDirectRound } from './extension-filings';
import { figure, samplesOf, type Figure } from './figure';

/** Cases in each drain. */
export const DRAIN_CASES = 200;

/** Most drains run; fewer when the run-time budget would not allow another. */
export const MAX_DRAINS = 3;

/** A drain can take minutes on a busy machine; beyond this something is wrong. */
export const DRAIN_TIMEOUT_MS = 8 * 60_000;

/** One drain and the same filings made directly. */
export interface DrainTiming {
  extensionMs: number;
  /** Cases filed: all 200, or those filed when a partial drain reached its time limit. */
  filed: number;
  /** Attempts that did not file at once. */
  incidents: string[];
  directMs: number;
  /** Wall time the whole measurement took, to plan whether another fits. */
  tookMs: number;
}

/**
 * One measurement of figure 3: 200 complete cases put in the extension's database as queued, due
 * now; the queue woken; timed until the fixture holds 200 associations. Then the fixture is reset
 * and as many NCAFs are filed directly over HTTP, the limit. Fixture latency 0 ms. When the 200
 * are not filed within `timeoutMs`, a partial drain (`allowPartial`) counts those filed by then;
 * otherwise it rejects with `FixtureWaitTimeout`.
 */
export async function drainOnce(
  session: BenchSession,
  timeoutMs: number,
  allowPartial = false,
): Promise<DrainTiming> {
  const started = performance.now();
  const round = { latencyMs: 0, count: DRAIN_CASES, timeoutMs, allowPartial };
  const filings = await fileWithExtension(session, round);
  if (filings.filed === 0) throw new Error(`the extension filed no case in ${timeoutMs} ms`);
  const directMs = await timeDirectRound(session, 0, filings.filed);
  return {
    extensionMs: filings.ms,
    filed: filings.filed,
    incidents: filings.incidents,
    directMs,
    tookMs: performance.now() - started,
  };
}

/** Figure 3 from the drains made, in cases filed per minute. */
export function queueDrainFigure(drains: readonly DrainTiming[]): Figure {
  const perMinute = (drain: DrainTiming, ms: number) => (drain.filed * 60_000) / ms;
  return figure(
    {
      group: 3,
      name: `Queue drain: ${DRAIN_CASES} queued cases filed`,
      unit: 'cases/min',
      measured: samplesOf(drains.map((drain) => perMinute(drain, drain.extensionMs))),
      limit: {
        name: `the same NCAFs filed directly over HTTP, one after another`,
        ...samplesOf(drains.map((drain) => perMinute(drain, drain.directMs))),
      },
      runs: drains.length,
      build: 'test build',
      note: [
        'fixture latency 0 ms; a ratio under 1 is the share of the direct rate reached',
        ...drains
          .filter((drain) => drain.filed < DRAIN_CASES)
          .map((drain) => `a drain stopped at the run's time limit with ${drain.filed} filed`),
      ].join('; '),
      incidents: drains.flatMap((drain) => drain.incidents),
    },
    { paired: true },
  );
}
