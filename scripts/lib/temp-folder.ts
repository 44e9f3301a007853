import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Cleanups } from './cleanups';

/** A folder of a script's own in the system's temp folder. */
export interface TempFolder {
  path: string;
  /** Removes the folder and everything in it; removing it twice is harmless. */
  remove(): Promise<void>;
}

/**
 * Makes a temporary folder (`<prefix>XXXXXX`) that an interrupt removes too, even before the
 * thing that uses it (a browser profile while Chromium launches) has been registered anywhere.
 */
export async function tempFolder(prefix: string): Promise<TempFolder> {
  const path = await mkdtemp(join(tmpdir(), prefix));
  const remove = async () => {
    // Chromium's last processes may still write into a profile for a moment after it closes,
    // which makes a single attempt fail with ENOTEMPTY.
    await rm(path, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 });
    forget();
  };
  const forget = Cleanups.holdFolder(path, remove);
  return { path, remove };
}
