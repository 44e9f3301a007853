import type { BenchSession } from './bench-session';
import { figure, samplesOf, type Figure } from './figure';
import { timeDirectRound, timeExtensionFilings } from './filing-overhead';

/** Cases in each drain. */
export const DRAIN_CASES = 200;

/** Most drains run; fewer when the run-time budget would not allow another. */
export const MAX_DRAINS = 3;

/** A drain can take minutes on a busy machine; beyond this something is wrong. */
export const DRAIN_TIMEOUT_MS = 8 * 60_000;

/** The milliseconds of one drain and of the same filings made directly. */
export interface DrainTiming {
  extensionMs: number;
  /** Attempts that did not file at once. */
  incidents: string[];
  directMs: number;
  /** Wall time the whole measurement took, to plan whether another fits. */
  tookMs: number;
}

/**
 * One measurement of figure 3: 200 complete cases put in the extension's database as queued, due
 * now; the queue woken; timed until the fixture holds 200 associations. Then the fixture is reset
 * and the same 200 NCAFs are filed directly over HTTP, the limit. Fixture latency 0 ms. Rejects
 * when the 200 associations are not there within `timeoutMs`.
 */
export async function drainOnce(
  session: BenchSession,
  timeoutMs = DRAIN_TIMEOUT_MS,
): Promise<DrainTiming> {
  const started = performance.now();
  const filings = await timeExtensionFilings(session, 0, DRAIN_CASES, timeoutMs);
  const directMs = await timeDirectRound(session, 0, DRAIN_CASES);
  return {
    extensionMs: filings.ms,
    incidents: filings.incidents,
    directMs,
    tookMs: performance.now() - started,
  };
}

/** Figure 3 from the drains made, in cases filed per minute. */
export function queueDrainFigure(drains: readonly DrainTiming[]): Figure {
  const perMinute = (ms: number) => (DRAIN_CASES * 60_000) / ms;
  return figure(
    {
      group: 3,
      name: `Queue drain: ${DRAIN_CASES} queued cases filed`,
      unit: 'cases/min',
      measured: samplesOf(drains.map((drain) => perMinute(drain.extensionMs))),
      limit: {
        name: `the same ${DRAIN_CASES} NCAFs filed directly over HTTP, one after another`,
        ...samplesOf(drains.map((drain) => perMinute(drain.directMs))),
      },
      runs: drains.length,
      build: 'test build',
      note: 'fixture latency 0 ms; a ratio under 1 is the share of the direct rate reached',
      incidents: drains.flatMap((drain) => drain.incidents),
    },
    { paired: true },
  );
}
