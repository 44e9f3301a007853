import { access, constants, mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { readArguments, refuse } from '../lib/arguments';

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
 * line (exit code 2), before anything is built; so does an output folder that cannot be written,
 * which would otherwise be found only after the whole run.
 */
export async function readBenchArguments(args = process.argv.slice(2)): Promise<BenchArguments> {
  const values = readArguments(
    'bench',
    USAGE,
    { out: { type: 'string' }, drains: { type: 'string' } },
    args,
  );
  const outDir = resolve(values.out ?? 'bench-output');
  try {
    await mkdir(outDir, { recursive: true });
    await access(outDir, constants.W_OK);
  } catch (error) {
    refuse('bench', `--out: cannot write to ${outDir} (${(error as Error).message})`, USAGE);
  }
  return {
    outDir,
    fixedDrains: values.drains === undefined ? undefined : drainCount(values.drains),
  };
}

function drainCount(text: string): number {
  if (!/^\d+$/.test(text) || Number(text) < 1 || Number(text) > MAX_FIXED_DRAINS) {
    refuse(
      'bench',
      `--drains must be a whole number from 1 to ${MAX_FIXED_DRAINS}, not "${text}"`,
      USAGE,
    );
  }
  return Number(text);
}
