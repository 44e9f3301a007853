/**
 * The background's clock. Everything that asks "what time is it" asks here, so tests can move
 * time without touching the system clock.
 */
let offsetMs = 0;

/** Milliseconds since the epoch, as the product sees it. */
export function now(): number {
  return Date.now() + offsetMs;
}

/** Moves the product's clock; used only by test builds. */
export function setClockOffset(ms: number): void {
  offsetMs = ms;
}
