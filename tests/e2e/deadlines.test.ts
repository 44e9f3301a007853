import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { URGENCY_COLORS } from '../../background/badge-state';
import { DEMO_NAVIGATOR } from '../../scripts/lib/navigator';
import { ExtensionSession, MARISOL } from './support/extension-session';

const DAY_MS = 24 * 60 * 60_000;

/** A badge colour as Chrome reports it ([r, g, b, a]) for a `#RRGGBB` string. */
function rgba(hex: string): number[] {
  return [1, 3, 5].map((at) => parseInt(hex.slice(at, at + 2), 16)).concat(255);
}

const STEPS = [
  { day: 22, text: '', color: URGENCY_COLORS.ok, title: '1 case needs filing.', notice: null },
  {
    day: 23,
    text: '1',
    color: URGENCY_COLORS.soon,
    title: '1 case needs filing; 1 due within 7 days.',
    notice: 'days-7',
  },
  { day: 27, text: '1', color: URGENCY_COLORS.critical, title: 'in 3 days', notice: 'days-3' },
  { day: 29, text: '1', color: URGENCY_COLORS.critical, title: 'in 1 day', notice: 'days-1' },
  {
    day: 30,
    text: '1',
    color: URGENCY_COLORS['due-today'],
    title: 'is today',
    notice: 'due-today',
  },
  {
    day: 31,
    text: 'LATE',
    color: URGENCY_COLORS.missed,
    title: '1 past the deadline',
    notice: 'missed',
  },
];

describe('deadlines on the product clock: badge and notices across a restart', () => {
  const session = new ExtensionSession();

  beforeAll(async () => {
    await session.start({ ...DEMO_NAVIGATOR, consent: false });
    await session.reset();
  });
  afterAll(() => session.stop());

  it('should walk a waiting case through every threshold, raising each notice once', async () => {
    await session.work(MARISOL);
    const record = await session.waitForStatus(MARISOL.caseNumber, 'ready-to-sign');
    const seen: { text: string; color: number[]; title: string }[] = [];

    for (const step of STEPS) {
      await session.setClockAndRefresh(step.day * DAY_MS);
      seen.push(await session.badge());
      // A restart must neither lose the clock nor raise anything twice.
      await session.stopWorker();
      await session.setClockAndRefresh(step.day * DAY_MS);
    }
    const notices = await session.eventsOfType('notice-raised');

    STEPS.forEach((step, index) => {
      expect(seen[index]?.text).toBe(step.text);
      expect(seen[index]?.color).toEqual(rgba(step.color));
      expect(seen[index]?.title).toContain(step.title);
    });
    expect(notices.map((notice) => notice.detail)).toEqual(
      STEPS.flatMap((step) => (step.notice ? [step.notice] : [])),
    );
    expect(notices.every((notice) => notice.caseId === record?.id)).toBe(true);
  });
});
