import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * Process time zones the policy rules must give identical answers under, with the offset
 * `Date#getTimezoneOffset` reports in each (minutes behind UTC) in January and in July. India's
 * half hour and Hawaii's lack of daylight saving catch arithmetic that leans on the host zone.
 */
const PROCESS_TIME_ZONES = [
  { zone: 'UTC', january: 0, july: 0 },
  { zone: 'America/Chicago', january: 360, july: 300 },
  { zone: 'America/New_York', january: 300, july: 240 },
  { zone: 'Pacific/Honolulu', january: 600, july: 600 },
  { zone: 'Asia/Kolkata', january: -330, july: -330 },
] as const;

/**
 * Declares `body` once per process time zone. Node re-reads `process.env.TZ` when it is assigned,
 * so each block sets it before its tests run, proves it took effect, and restores it afterwards.
 */
export function describeInEachTimeZone(title: string, body: () => void): void {
  for (const { zone, january, july } of PROCESS_TIME_ZONES) {
    describe(`${title} (process TZ ${zone})`, () => {
      let original: string | undefined;

      beforeAll(() => {
        original = process.env.TZ;
        process.env.TZ = zone;
      });

      afterAll(() => {
        if (original === undefined) delete process.env.TZ;
        else process.env.TZ = original;
      });

      it(`should run with the process time zone set to ${zone}`, () => {
        const actual = [
          new Date('2026-01-15T12:00:00Z').getTimezoneOffset(),
          new Date('2026-07-15T12:00:00Z').getTimezoneOffset(),
        ];

        expect(process.env.TZ).toBe(zone);
        expect(actual).toEqual([january, july]);
      });

      body();
    });
  }
}
