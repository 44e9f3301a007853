import { isIsoDate, minnesotaDate, type IsoDate } from './calendar';

/** A moment in time: a `Date` or epoch milliseconds. */
export type Instant = Date | number;

/**
 * A Minnesota calendar date (`yyyy-MM-dd`) or an instant. Callers that only know the day pass the
 * date; callers holding a clock reading pass the instant, and the rule takes its Minnesota date.
 */
export type DayOrInstant = IsoDate | Instant;

/**
 * Epoch milliseconds of an instant. Throws a RangeError naming `field` for an invalid `Date` or a
 * non-finite number, so a bad clock reading never becomes a silent NaN deadline.
 */
export function toEpoch(instant: Instant, field: string): number {
  const epoch = typeof instant === 'number' ? instant : instant.getTime();
  if (!Number.isFinite(epoch)) throw new RangeError(`${field} is not a valid instant`);
  return epoch;
}

/**
 * The Minnesota calendar date of a date or an instant. A string must already be a real
 * `yyyy-MM-dd` date; anything else throws a RangeError naming `field` (the value is left out of
 * the message because some dates, such as a date of birth, are personal data).
 */
export function toMinnesotaDate(value: DayOrInstant, field: string): IsoDate {
  if (typeof value !== 'string') return minnesotaDate(toEpoch(value, field));
  if (!isIsoDate(value)) throw new RangeError(`${field} is not a yyyy-MM-dd date`);
  return value;
}
