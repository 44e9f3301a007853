import { median } from './stats';

/**
 * One benchmark figure as printed and saved: the median of its runs, and beside it the limit it
 * could reach, measured in the same run.
 */

/** Which extension build a figure was measured on. */
export type BuildName = 'test build' | 'production build' | 'no extension';

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
  /** `measured.median / limit.median`. */
  ratio?: number;
  /** Measured runs behind the median. */
  runs: number;
  build: BuildName;
  note?: string;
}

/** A figure with its ratio worked out from the two medians. */
export function figure(row: Omit<Figure, 'ratio'>): Figure {
  const ratio = row.limit ? row.measured.median / row.limit.median : undefined;
  return ratio === undefined ? row : { ...row, ratio };
}

/** The samples and their median. */
export function samplesOf(samples: readonly number[]): Samples {
  return { median: median(samples), samples: [...samples] };
}
