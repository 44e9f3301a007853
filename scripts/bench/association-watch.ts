import type { PortalFixture } from '../../portal-fixture/server';

/** How often the fixture's association list is checked; the fixture runs in this process. */
const POLL_MS = 2;

/** The fixture did not reach the expected state in the time given. */
export class FixtureWaitTimeout extends Error {}

/** When the fixture first held enough associations, on both of Node's clocks. */
export interface Reached {
  /** `performance.now()`, for durations measured in Node. */
  monotonicMs: number;
  /** `Date.now()`, to compare with a time read from the browser's own clock. */
  wallMs: number;
}

/**
 * Resolves as soon as `isReached` holds for the fixture, checked every 2 ms (so a time is at most
 * about 2 ms late). Rejects with `FixtureWaitTimeout` after `timeoutMs`.
 */
export function whenFixture(
  portal: PortalFixture,
  isReached: (portal: PortalFixture) => boolean,
  timeoutMs: number,
): Promise<Reached> {
  const deadline = performance.now() + timeoutMs;
  return new Promise((resolve, reject) => {
    const check = (): void => {
      const monotonicMs = performance.now();
      if (isReached(portal)) {
        resolve({ monotonicMs, wallMs: Date.now() });
      } else if (monotonicMs > deadline) {
        const message = `the fixture did not reach the expected associations in ${Math.round(timeoutMs)} ms`;
        reject(new FixtureWaitTimeout(message));
      } else {
        setTimeout(check, POLL_MS);
      }
    };
    check();
  });
}

/** Resolves when the fixture holds at least `count` associations in all. */
export function whenAssociations(portal: PortalFixture, count: number, timeoutMs: number) {
  return whenFixture(portal, (fixture) => fixture.associations().length >= count, timeoutMs);
}
