import { browser } from 'wxt/browser';

/** A slow safety net: wakes the queue every 15 minutes in case an alarm or event was lost. */
export const WATCHDOG_ALARM = 'filing-watchdog';

const WATCHDOG_PERIOD_MINUTES = 15;

/**
 * Creates the periodic alarms that are missing. An existing alarm is left alone: re-creating it
 * at every wake would push its next firing back each time.
 */
export async function ensureAlarms(): Promise<void> {
  const existing = await browser.alarms.get(WATCHDOG_ALARM);
  if (existing) return;
  await browser.alarms.create(WATCHDOG_ALARM, {
    delayInMinutes: WATCHDOG_PERIOD_MINUTES,
    periodInMinutes: WATCHDOG_PERIOD_MINUTES,
  });
}
