/**
 * The run's time limit, shared by the steps whose length cannot be known beforehand (filing
 * rounds and queue drains: a retried filing waits about a minute for its alarm), so the whole
 * bench ends in time.
 */
export class TimeBudget {
  private readonly startedMs = performance.now();

  /** @param limitMs time from now by which every measurement must have ended */
  constructor(private readonly limitMs: number) {}

  /** Milliseconds since the budget was made. */
  elapsedMs(): number {
    return performance.now() - this.startedMs;
  }

  /** Milliseconds left before the limit once `reserveMs` is kept for the steps still to come. */
  leftMs(reserveMs = 0): number {
    return this.limitMs - this.elapsedMs() - reserveMs;
  }
}
