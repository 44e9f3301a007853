import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { figure, samplesOf, type Figure } from './figure';

/** Kilobytes of 1,000 bytes, as the table's "kB" says. */
const KB = 1000;

/** One JavaScript file of a build, raw and gzipped (level 9). */
export interface BundleSize {
  file: string;
  rawBytes: number;
  gzipBytes: number;
}

/** Every JavaScript file of the build folder with its sizes. */
export async function bundleSizes(buildDir: string): Promise<BundleSize[]> {
  const files = await readdir(buildDir, { recursive: true });
  const scripts = files.filter((file) => file.endsWith('.js')).sort();
  return Promise.all(
    scripts.map(async (file) => {
      const bytes = await readFile(join(buildDir, file));
      return {
        file,
        rawBytes: bytes.length,
        gzipBytes: gzipSync(bytes, { level: 9 }).length,
      };
    }),
  );
}

/**
 * Figure 4, size part: the content script as shipped in the production build, raw and gzipped.
 * A size has no limit measured beside it; it is read once (the build is deterministic).
 */
export function contentScriptSizeFigures(sizes: readonly BundleSize[]): Figure[] {
  const scripts = sizes.filter((size) => size.file.startsWith('content-scripts/'));
  if (scripts.length === 0) throw new Error('the production build has no content script');
  const total = (pick: (size: BundleSize) => number) =>
    scripts.reduce((sum, size) => sum + pick(size), 0) / KB;
  const files = scripts.map((size) => size.file).join(', ');
  return [
    figure({
      group: 4,
      name: 'Content script bundle size, raw',
      unit: 'kB',
      measured: samplesOf([total((size) => size.rawBytes)]),
      runs: 1,
      build: 'production build',
      note: files,
    }),
    figure({
      group: 4,
      name: 'Content script bundle size, gzip -9',
      unit: 'kB',
      measured: samplesOf([total((size) => size.gzipBytes)]),
      runs: 1,
      build: 'production build',
      note: files,
    }),
  ];
}
