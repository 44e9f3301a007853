/**
 * What a script has started (a fixture, browsers, temporary folders), closed in reverse order when
 * it ends, however it ends: a browser that fails to launch must not leave the fixture holding the
 * process open, and Ctrl-C (SIGINT) or SIGTERM in the middle of a run closes everything still
 * open before the process exits, so no browser profile or build copy is left in the temp folder.
 */
export class Cleanups {
  private readonly steps: (() => Promise<void>)[] = [];

  constructor() {
    openCleanups.add(this);
    closeOnInterrupt();
  }

  /**
   * Registers a temporary folder made before the thing that uses it has started (a browser
   * profile while Chromium launches), so an interrupt in between still removes it. The returned
   * function forgets it once it has been removed the ordinary way.
   */
  static holdFolder(path: string, remove: () => Promise<void>): () => void {
    closeOnInterrupt();
    heldFolders.set(path, remove);
    return () => heldFolders.delete(path);
  }

  /** Starts something and registers how to close it; returns what was started. */
  async start<T extends { close(): Promise<void> }>(starting: Promise<T>): Promise<T> {
    const started = await starting;
    this.steps.push(() => started.close());
    return started;
  }

  /**
   * Closes everything started, last first; every close runs even when one fails. A second call
   * while the first is still closing waits for the same closing.
   */
  closeAll(): Promise<void> {
    this.closing ??= this.closeSteps().finally(() => {
      this.closing = null;
      openCleanups.delete(this);
    });
    return this.closing;
  }

  private closing: Promise<void> | null = null;

  private async closeSteps(): Promise<void> {
    const failures: unknown[] = [];
    for (const close of this.steps.splice(0).reverse()) {
      await close().catch((error: unknown) => failures.push(error));
    }
    if (failures.length > 0) throw failures[0];
  }
}

/** Every `Cleanups` not yet closed, oldest first. */
const openCleanups = new Set<Cleanups>();

/** Temporary folders registered with `Cleanups.holdFolder` and not yet removed. */
const heldFolders = new Map<string, () => Promise<void>>();

/** A child step (a build) that ended because the script was interrupted, not because it failed. */
export class StoppedBySignal extends Error {}

let isHandlingSignals = false;
let isInterrupted = false;

/**
 * For a script's last `catch`: true when the error only says the script was interrupted (the
 * closing cut a running step short, or a build was stopped by the signal), after telling so in
 * one line; false for a real failure, which the caller reports.
 */
export function endedByInterrupt(error: unknown): boolean {
  if (isInterrupted) return true;
  if (!(error instanceof StoppedBySignal)) return false;
  console.error(error.message);
  process.exitCode = 130;
  return true;
}

/** Longest the closing after a signal may take before the process exits anyway. */
const CLOSE_ON_SIGNAL_LIMIT_MS = 15_000;

/**
 * On the first SIGINT or SIGTERM, closes every open `Cleanups`, newest first, then exits with the
 * shell's code for that signal (130 or 143). One Ctrl-C reaches the script more than once (from
 * the terminal, then relayed by npm and by tsx), so later signals do not cut the closing short;
 * a closing that hangs ends after 15 seconds. Playwright's own handlers are switched off at
 * launch (`handleSIGINT: false`) so they cannot exit first.
 */
export function closeOnInterrupt(): void {
  if (isHandlingSignals) return;
  isHandlingSignals = true;
  const onSignal = (signal: NodeJS.Signals) => {
    if (isInterrupted) return;
    isInterrupted = true;
    const code = signal === 'SIGINT' ? 130 : 143;
    console.error(
      `\n${signal}: closing the browser and the fixture, removing temporary folders...`,
    );
    setTimeout(() => process.exit(code), CLOSE_ON_SIGNAL_LIMIT_MS);
    void (async () => {
      for (const cleanups of [...openCleanups].reverse()) {
        await cleanups.closeAll().catch(() => undefined);
      }
      for (const remove of heldFolders.values()) await remove().catch(() => undefined);
      process.exit(code);
    })();
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
}
