/**
 * Minnesota wall-clock times for test tables, written `yyyy-MM-dd HH:mm CST` (or `CDT`). The zone
 * abbreviation is part of the text, so the repeated hour of the November change is unambiguous,
 * and no date library is involved in building an input or reading a result.
 */
const WALL_CLOCK = /^(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2}) (CST|CDT)$/;

const OFFSETS = { CST: '-06:00', CDT: '-05:00' } as const;

const CHICAGO = new Intl.DateTimeFormat('en-US', {
  timeZone: 'America/Chicago',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
  timeZoneName: 'short',
});

/**
 * Epoch milliseconds of a Minnesota wall-clock time such as `2026-12-30 23:59 CST`. Throws when
 * the text is malformed or names the wrong zone for its date, so a typo in a table cannot pass.
 */
export function mn(text: string): number {
  const match = WALL_CLOCK.exec(text);
  if (!match) throw new Error(`not a Minnesota wall-clock time: ${text}`);

  const [, date, time, zone] = match as unknown as [string, string, string, 'CST' | 'CDT'];
  const epoch = Date.parse(`${date}T${time}:00${OFFSETS[zone]}`);
  if (mnClock(epoch) !== text) throw new Error(`Minnesota does not read ${text} on the wall`);
  return epoch;
}

/** An epoch time as Minnesota reads it on the wall, to the minute: `2026-12-30 23:59 CST`. */
export function mnClock(epoch: number): string {
  const parts = Object.fromEntries(CHICAGO.formatToParts(epoch).map((p) => [p.type, p.value]));
  return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute} ${parts.timeZoneName}`;
}
