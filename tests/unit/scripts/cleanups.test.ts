import { describe, expect, it } from 'vitest';
import { Cleanups } from '../../../scripts/lib/cleanups';

/** Something started whose close takes a moment and is logged. */
function started(name: string, log: string[], fails = false) {
  return Promise.resolve({
    close: async () => {
      await new Promise((resolve) => setTimeout(resolve, 5));
      log.push(name);
      if (fails) throw new Error(`${name} failed to close`);
    },
  });
}

describe('Cleanups', () => {
  it('should close everything, last started first, even when a close fails', async () => {
    const log: string[] = [];
    const cleanups = new Cleanups();
    await cleanups.start(started('fixture', log));
    await cleanups.start(started('browser', log, true));
    await cleanups.start(started('temp folder', log));

    await expect(cleanups.closeAll()).rejects.toThrow('browser failed to close');
    expect(log).toEqual(['temp folder', 'browser', 'fixture']);
  });

  it('should let a second closeAll wait for the closing already running, closing once', async () => {
    const log: string[] = [];
    const cleanups = new Cleanups();
    await cleanups.start(started('browser', log));

    const first = cleanups.closeAll();
    const second = cleanups.closeAll();
    await second;
    // The second call returned only once the browser was closed, not at once with nothing to do.
    expect(log).toEqual(['browser']);
    await first;
    expect(log).toEqual(['browser']);
  });
});
