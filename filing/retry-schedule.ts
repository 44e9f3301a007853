/** Chrome never fires an alarm sooner than this after it is set. */
export const MIN_ALARM_DELAY_MS = 30_000;

const BASE_DELAY_MS = 60_000;
const MAX_DELAY_MS = 60 * 60_000;
const JITTER = 0.2;

/**
 * How long to wait before retrying after a portal fault: doubling from one minute up to an hour,
 * spread by ±20% so many navigators' extensions do not return to a recovering portal at once, and
 * tightened as the deadline nears so that at least four more tries fit before it.
 *
 * @param failures consecutive retryable failures so far (1 after the first)
 * @param msUntilDeadline time left until the end of the deadline day
 * @param random a number in [0, 1), injectable for tests
 */
export function retryDelayMs(
  failures: number,
  msUntilDeadline: number,
  random = Math.random(),
): number {
  const exponential = BASE_DELAY_MS * 2 ** Math.max(0, failures - 1);
  const ceiling = Math.min(MAX_DELAY_MS, Math.max(MIN_ALARM_DELAY_MS, msUntilDeadline / 4));
  const spread = 1 + JITTER * (2 * random - 1);
  return Math.round(Math.max(MIN_ALARM_DELAY_MS, Math.min(exponential, ceiling) * spread));
}
