import { median } from './stats';

/**
 * One benchmark figure as printed and saved: the median of its runs, and beside it the limit it
 * could reach, measured in the same run.
 */

/** Which extension build a figure was measured on. */
export type BuildName = 'test build' | 'production build';

/** Repeated measurements of one quantity and their median. */
export interface Samples {
  median: number;
  samples: number[];
}

/** One row of the results. */
export interface Figure {
  /** Number of the figure in the issue (1 to 7). */
  group: number;
  name: string;
  unit: string;
  measured: Samples;
  /** What the figure is compared with, measured in the same run; absent when nothing applies. */
  limit?: { name: string } & Samples;
  /** Measured over limit: see `ratioOf`. */
  ratio?: number;
  /**
   * `paired runs`: the median of each run's measured / limit, both taken back to back, which
   * cancels most of the load other work puts on the machine; `medians`: measured median / limit
   * median, when the two were not measured in pairs.
   */
  ratioOf?: 'paired runs' | 'medians';
  /** Measured runs behind the median. */
  runs: number;
  build: BuildName;
  note?: string;
  /**
   * Filing attempts that did not file at once during the runs (`outcome: message`), so a slow
   * run can be told from a retried one.
   */
  incidents?: string[];
}

/**
 * A figure with its ratio worked out. With `paired`, sample i of `measured` and of `limit` were
 * taken back to back in the same round.
 */
export function figure(
  row: Omit<Figure, 'ratio' | 'ratioOf'>,
  { paired = false }: { paired?: boolean } = {},
): Figure {
  const { limit } = row;
  if (!limit) return row;
  if (paired && limit.samples.length === row.measured.samples.length) {
    const ratios = row.measured.samples.map((value, index) => value / limit.samples[index]!);
    return { ...row, ratio: median(ratios), ratioOf: 'paired runs' };
  }
  return { ...row, ratio: row.measured.median / limit.median, ratioOf: 'medians' };
}

/** The samples and their median. */
export function samplesOf(samples: readonly number[]): Samples {
  return { median: median(samples), samples: [...samples] };
}

/** A row for a figure the run had no time (or no way) to measure, saying why. */
export function notMeasured(
  row: Pick<Figure, 'group' | 'name' | 'unit' | 'build'>,
  reason: string,
  incidents: string[] = [],
): Figure {
  return {
    ...row,
    measured: { median: Number.NaN, samples: [] },
    runs: 0,
    note: `not measured: ${reason}`,
    incidents,
  };
}
