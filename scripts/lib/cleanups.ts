/**
 * What a script has started (a fixture, browsers), closed in reverse order when it ends, however
 * it ends: a browser that fails to launch must not leave the fixture holding the process open.
 */
export class Cleanups {
  private readonly steps: (() => Promise<void>)[] = [];

  /** Starts something and registers how to close it; returns what was started. */
  async start<T extends { close(): Promise<void> }>(starting: Promise<T>): Promise<T> {
    const started = await starting;
    this.steps.push(() => started.close());
    return started;
  }

  /** Closes everything started, last first; every close runs even when one fails. */
  async closeAll(): Promise<void> {
    const failures: unknown[] = [];
    for (const close of this.steps.splice(0).reverse()) {
      await close().catch((error: unknown) => failures.push(error));
    }
    if (failures.length > 0) throw failures[0];
  }
}
