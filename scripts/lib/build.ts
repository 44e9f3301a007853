import { spawnSync } from 'node:child_process';
import { StoppedBySignal } from './cleanups';

/** Builds the extension's test build (the one allowed on the loopback fixture). */
export function buildTestExtension(): void {
  const result = spawnSync('npx', ['wxt', 'build', '--mode', 'test'], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (result.signal)
    throw new StoppedBySignal(`the extension build was stopped (${result.signal})`);
  if (result.status !== 0)
    throw new Error('the extension build failed (npx wxt build --mode test)');
}
