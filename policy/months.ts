import { isIsoDate, type IsoDate } from './calendar';

/** A calendar month, written `yyyy-MM`. */
export type IsoMonth = string;

const ISO_MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** True when `value` is a month written `yyyy-MM`. */
export function isIsoMonth(value: string): boolean {
  return ISO_MONTH.test(value);
}

function monthParts(month: IsoMonth): [year: number, month: number] {
  const match = ISO_MONTH.exec(month);
  if (!match) throw new RangeError('month is not a yyyy-MM month');
  return [Number(match[1]), Number(match[2])];
}

function checkedDate(date: IsoDate): IsoDate {
  if (!isIsoDate(date)) throw new RangeError('date is not a yyyy-MM-dd date');
  return date;
}

// Date.UTC does the carrying: month 13 is January of the next year, day 0 the previous month's
// last day, and 29 February of a common year is 1 March.
function isoFromUtc(year: number, monthIndex: number, day: number): IsoDate {
  return new Date(Date.UTC(year, monthIndex, day, 12)).toISOString().slice(0, 10);
}

/** The month a calendar date falls in. */
export function monthOfDate(date: IsoDate): IsoMonth {
  return checkedDate(date).slice(0, 7);
}

/** The month `months` after `month` (before it when negative). */
export function addMonthsToMonth(month: IsoMonth, months: number): IsoMonth {
  const [year, monthNumber] = monthParts(month);
  return isoFromUtc(year, monthNumber - 1 + months, 1).slice(0, 7);
}

/** The first day of a month. */
export function firstDayOfMonth(month: IsoMonth): IsoDate {
  monthParts(month);
  return `${month}-01`;
}

/** The last day of a month: 28, 29, 30 or 31. */
export function lastDayOfMonth(month: IsoMonth): IsoDate {
  const [year, monthNumber] = monthParts(month);
  return isoFromUtc(year, monthNumber, 0);
}

/**
 * The same day of the month `months` later. A day the later month lacks carries into the month
 * after it, the way an anniversary does: 29 February 2024 plus 12 months is 1 March 2025, so a
 * period that starts on 29 February 2024 and lasts 12 months ends on 28 February 2025.
 */
export function sameDayMonthsLater(date: IsoDate, months: number): IsoDate {
  const [year, monthNumber, day] = checkedDate(date).split('-').map(Number) as [
    number,
    number,
    number,
  ];
  return isoFromUtc(year, monthNumber - 1 + months, day);
}
