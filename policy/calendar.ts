import { TZDate } from '@date-fns/tz';
import { addDays, differenceInCalendarDays, format, isValid, parse } from 'date-fns';
import { MINNESOTA_TIME_ZONE } from './rules';

/** A calendar date with no time of day, written `yyyy-MM-dd`. */
export type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * The Minnesota calendar date of an instant. A case worked at 11:30 pm in Saint Paul belongs to
 * that day even when the computer's clock is set to UTC or to India.
 */
export function minnesotaDate(instant: Date | number): IsoDate {
  const epoch = typeof instant === 'number' ? instant : instant.getTime();
  // Since 1970 Central time has always been a whole number of hours from UTC, changing only on
  // the hour, so every instant of one UTC hour has the same Minnesota date. Remembering the date
  // per hour spares the time-zone lookup, the costliest step when the popup ranks a year of cases.
  if (!(epoch >= 0)) return format(new TZDate(epoch, MINNESOTA_TIME_ZONE), 'yyyy-MM-dd');
  const hour = Math.floor(epoch / HOUR_MS);
  const known = datesByUtcHour.get(hour);
  if (known !== undefined) return known;
  const date = format(new TZDate(epoch, MINNESOTA_TIME_ZONE), 'yyyy-MM-dd');
  if (datesByUtcHour.size >= MAX_REMEMBERED_HOURS) datesByUtcHour.clear();
  datesByUtcHour.set(hour, date);
  return date;
}

const HOUR_MS = 3_600_000;
/** About a year of hours: the dates of a year of filings, in a few hundred kB at most. */
const MAX_REMEMBERED_HOURS = 9_000;
const datesByUtcHour = new Map<number, IsoDate>();

/** True when `value` is a real calendar date written `yyyy-MM-dd` (no 2024-02-30). */
export function isIsoDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;

  const [, year, month, day] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  );
}

/**
 * Adds whole calendar days to a date. The arithmetic happens at noon UTC, so no daylight saving
 * change anywhere can move the result to a neighbouring day.
 */
export function addCalendarDays(date: IsoDate, days: number): IsoDate {
  const noonUtc = new Date(`${date}T12:00:00Z`);
  return addDays(noonUtc, days).toISOString().slice(0, 10);
}

/** Calendar days from `from` to `to` (negative when `to` is earlier). */
export function calendarDaysBetween(from: IsoDate, to: IsoDate): number {
  return differenceInCalendarDays(new Date(`${to}T12:00:00Z`), new Date(`${from}T12:00:00Z`));
}

/**
 * Parses a date as US portals write it, `MM/dd/yyyy`, into an ISO date. Two-digit years and
 * impossible dates return null rather than a guess: `02/30/2024` and `1/5/24` are both refused.
 */
export function parseUsDate(text: string): IsoDate | null {
  const trimmed = text.trim();
  if (!/^\d{1,2}\/\d{1,2}\/\d{4}$/.test(trimmed)) return null;

  const parsed = parse(trimmed, 'M/d/yyyy', new Date(2000, 0, 1, 12));
  if (!isValid(parsed)) return null;
  return format(parsed, 'yyyy-MM-dd');
}

/** Formats an ISO date as `MM/dd/yyyy`, the way METS-generation forms expect it typed. */
export function formatUsDate(date: IsoDate): string {
  const [year, month, day] = date.split('-');
  return `${month}/${day}/${year}`;
}

/** The last millisecond of a Minnesota calendar day, as an epoch time. */
export function endOfMinnesotaDay(date: IsoDate): number {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return new TZDate(year, month - 1, day + 1, MINNESOTA_TIME_ZONE).getTime() - 1;
}
