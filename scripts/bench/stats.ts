/** Small statistics and timing helpers for the benchmarks. */

/** The middle value (the mean of the two middle values for an even count). */
export function median(values: readonly number[]): number {
  if (values.length === 0) throw new Error('median of no values');
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** Waits `ms` milliseconds. */
export function pause(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Rounds for display and for the JSON: 0.1 ms is finer than any of these runs can resolve. */
export function round(value: number, digits = 1): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

/**
 * Times `measured` and `limit` `runs` times each, in pairs whose order swaps every run (measured
 * first in the first pair), so a drift in the machine's speed hits both alike.
 */
export async function alternatingPairs(
  runs: number,
  measured: () => Promise<number>,
  limit: () => Promise<number>,
): Promise<{ measured: number[]; limit: number[] }> {
  const times = { measured: [] as number[], limit: [] as number[] };
  for (let run = 0; run < runs; run += 1) {
    const measuredFirst = run % 2 === 0;
    if (measuredFirst) times.measured.push(await measured());
    times.limit.push(await limit());
    if (!measuredFirst) times.measured.push(await measured());
  }
  return times;
}
