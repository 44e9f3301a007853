import { resolve } from 'node:path';
import { parseArgs } from 'node:util';

/** Most drains `--drains` may ask for. */
const MAX_FIXED_DRAINS = 5;

const USAGE = 'usage: npm run bench -- [--drains N] [--out DIR]';

/** How the bench was asked to run. */
export interface BenchArguments {
  /** Where bench.json goes (default bench-output/). */
  outDir: string;
  /** Exactly this many whole queue drains, whatever the run time; undefined: as many as fit. */
  fixedDrains: number | undefined;
}

/**
 * Reads the command line. A mistake in it ends the process at once with the reason and the usage
 * line (exit code 2), before anything is built.
 */
export function readBenchArguments(args = process.argv.slice(2)): BenchArguments {
  try {
    const { values } = parseArgs({
      args,
      options: { out: { type: 'string' }, drains: { type: 'string' } },
    });
    return {
      outDir: resolve(values.out ?? 'bench-output'),
      fixedDrains: values.drains === undefined ? undefined : drainCount(values.drains),
    };
  } catch (error) {
    console.error(`[bench] ${(error as Error).message}\n${USAGE}`);
    process.exit(2);
  }
}

function drainCount(text: string): number {
  const count = Number(text);
  if (!Number.isInteger(count) || count < 1 || count > MAX_FIXED_DRAINS) {
    throw new Error(`--drains must be a whole number from 1 to ${MAX_FIXED_DRAINS}, not "${text}"`);
  }
  return count;
}
