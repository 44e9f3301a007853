/**
 * Calendar dates as the METS portal handles them: typed as `MM/dd/yyyy`, stored as `yyyy-MM-dd`,
 * and "today" taken in Minnesota time whatever the computer's time zone.
 */

const US_DATE = /^(\d{2})\/(\d{2})\/(\d{4})$/;

/** The earliest year the portal accepts in a date field. */
const FIRST_ACCEPTED_YEAR = 1900;

const MINNESOTA_DAY = new Intl.DateTimeFormat('en-US', {
  timeZone: 'America/Chicago',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** Parses a typed `MM/dd/yyyy` date into `yyyy-MM-dd`, or undefined when it is not a real date. */
export function parseUsDate(text: string): string | undefined {
  const match = US_DATE.exec(text.trim());
  if (!match) {
    return undefined;
  }

  const [, month = '', day = '', year = ''] = match;
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  const isRealDate =
    date.getUTCFullYear() === Number(year) &&
    date.getUTCMonth() === Number(month) - 1 &&
    date.getUTCDate() === Number(day);
  return isRealDate && Number(year) >= FIRST_ACCEPTED_YEAR ? `${year}-${month}-${day}` : undefined;
}

/** Formats a stored `yyyy-MM-dd` date as the portal shows it, `MM/dd/yyyy`. */
export function formatUsDate(isoDate: string): string {
  const [year, month, day] = isoDate.split('-');
  return `${month}/${day}/${year}`;
}

/** The calendar date in Minnesota at `now`, as `yyyy-MM-dd`. */
export function minnesotaToday(now: Date): string {
  const parts = MINNESOTA_DAY.formatToParts(now);
  const part = (type: Intl.DateTimeFormatPartTypes): string =>
    parts.find((entry) => entry.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}
