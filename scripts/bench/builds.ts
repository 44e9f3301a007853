import { spawnSync } from 'node:child_process';
import { cp, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { buildTestExtension } from '../lib/build';
import { Cleanups, StoppedBySignal } from '../lib/cleanups';
import { removeFolder, TEST_BUILD_DIR } from '../lib/extension-browser';

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
  const parent = await mkdtemp(join(tmpdir(), 'case-associator-bench-'));
  const close = async () => {
    await removeFolder(parent);
    forget();
  };
  const forget = Cleanups.holdFolder(parent, close);
  const dir = join(parent, 'chrome-mv3-test');
  await cp(TEST_BUILD_DIR, dir, { recursive: true }).catch(async (error: unknown) => {
    await close();
    throw error;
  });
  return { dir, close };
}
