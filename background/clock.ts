/**
 * The background's clock. Everything that asks "what time is it" asks here, so test builds can
 * move the product's time without touching the system clock. Production builds never change the
 * offset: the only setter is reached from the test hooks, which exist in test builds alone.
 */
let offsetMs = 0;

/** Milliseconds since the epoch, as the product sees it. */
export function now(): number {
  return Date.now() + offsetMs;
}

/** Converts a product time to the system time Chrome's alarms run on. */
export function toSystemTime(productMs: number): number {
  return productMs - offsetMs;
}

/** Moves the product's clock. Called only by the test hooks. */
export function setClockOffset(ms: number): void {
  offsetMs = ms;
}
