import { browser } from 'wxt/browser';
import { TZDate } from '@date-fns/tz';
import { MINNESOTA_TIME_ZONE } from '../policy/rules';

/** A slow safety net: wakes the queue every 15 minutes in case an alarm or event was lost. */
export const WATCHDOG_ALARM = 'filing-watchdog';

/** Just after midnight in Minnesota, when every deadline moves a day closer. */
export const MIDNIGHT_ALARM = 'minnesota-midnight';

const WATCHDOG_PERIOD_MINUTES = 15;
const AFTER_MIDNIGHT_MS = 60_000;

/**
 * Creates the alarms that are missing. An existing alarm is left alone: re-creating it at every
 * wake would push its next firing back each time.
 */
export async function ensureAlarms(systemNow: number, productNow: number): Promise<void> {
  if (!(await browser.alarms.get(WATCHDOG_ALARM))) {
    await browser.alarms.create(WATCHDOG_ALARM, {
      delayInMinutes: WATCHDOG_PERIOD_MINUTES,
      periodInMinutes: WATCHDOG_PERIOD_MINUTES,
    });
  }
  if (!(await browser.alarms.get(MIDNIGHT_ALARM))) await scheduleMidnight(systemNow, productNow);
}

/** Sets the midnight alarm for the next Minnesota midnight (plus a minute). */
export async function scheduleMidnight(systemNow: number, productNow: number): Promise<void> {
  const local = new TZDate(productNow, MINNESOTA_TIME_ZONE);
  const nextMidnight = new TZDate(
    local.getFullYear(),
    local.getMonth(),
    local.getDate() + 1,
    MINNESOTA_TIME_ZONE,
  ).getTime();
  await browser.alarms.create(MIDNIGHT_ALARM, {
    when: systemNow + (nextMidnight - productNow) + AFTER_MIDNIGHT_MS,
  });
}
