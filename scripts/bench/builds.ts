import { spawnSync } from 'node:child_process';
import { cp } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { buildTestExtension } from '../lib/build';
import { StoppedBySignal } from '../lib/cleanups';
import { TEST_BUILD_DIR } from '../lib/extension-browser';
import { tempFolder } from '../lib/temp-folder';

/** The production build's folder: what ships, so bundle sizes are read from it. */
export const PRODUCTION_BUILD_DIR = resolve('.output/chrome-mv3');

/** Builds the production extension (`wxt build`). */
export function buildProduction(): void {
  const result = spawnSync('npx', ['wxt', 'build'], { stdio: ['ignore', 'ignore', 'inherit'] });
  if (result.signal)
    throw new StoppedBySignal(`the production build was stopped (${result.signal})`);
  if (result.status !== 0) throw new Error('the production build failed (npx wxt build)');
}

/**
 * Builds the test build and copies it to a folder of the bench's own, so a build started in the
 * same tree while the bench runs cannot change the extension under it. `close` deletes the copy.
 */
export async function buildTestCopy(): Promise<{ dir: string; close(): Promise<void> }> {
  buildTestExtension();
  const parent = await tempFolder('case-associator-bench-');
  const close = parent.remove;
  const dir = join(parent.path, 'chrome-mv3-test');
  await cp(TEST_BUILD_DIR, dir, { recursive: true }).catch(async (error: unknown) => {
    await close();
    throw error;
  });
  return { dir, close };
}
