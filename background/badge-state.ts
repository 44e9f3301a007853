import { daysLeft, urgencyOf, worseUrgency, type Urgency } from '../policy/deadline';
import type { IsoDate } from '../policy/calendar';
import { URGENCY_THRESHOLDS } from '../policy/rules';
import { OPEN_STATUSES, type CaseRecord } from '../storage/records';

/** What the action badge shows. */
export interface BadgeState {
  text: string;
  color: string;
  title: string;
}

/** Badge colours by urgency: calm green to a dark red for a missed deadline. */
export const URGENCY_COLORS: Record<Urgency, string> = {
  ok: '#1E7B34',
  soon: '#B45309',
  critical: '#C81E1E',
  'due-today': '#C81E1E',
  missed: '#5B0A0A',
};

/** The colour of the "log in" mark. */
export const LOGIN_COLOR = '#6D28D9';

/**
 * The badge for a set of cases. It counts the cases still to be filed whose deadline is within
 * 7 days, coloured by the worst urgency among all cases still to be filed. Two states override
 * the count with a mark: a paused portal session ("!", purple) and a missed deadline ("LATE").
 * The title says the same in words.
 */
export function badgeState(
  cases: readonly CaseRecord[],
  today: IsoDate,
  needsLogin: boolean,
): BadgeState {
  const open = cases.filter((record) => OPEN_STATUSES.includes(record.status));
  const worst = open.reduce<Urgency>(
    (acc, record) => worseUrgency(acc, urgencyOf(record.deadline, today)),
    'ok',
  );
  const dueSoon = open.filter(
    (record) => daysLeft(record.deadline, today) <= URGENCY_THRESHOLDS.soon,
  );
  const missed = open.filter((record) => daysLeft(record.deadline, today) < 0).length;
  const summary = summaryText(open.length, dueSoon.length, missed);

  if (needsLogin) {
    return {
      text: '!',
      color: LOGIN_COLOR,
      title: `Log in to the portal: filing is paused. ${summary}`,
    };
  }
  if (missed > 0) return { text: 'LATE', color: URGENCY_COLORS.missed, title: summary };
  if (open.length === 0) {
    return { text: '', color: URGENCY_COLORS.ok, title: 'Case Associator: no cases need filing' };
  }
  return {
    text: dueSoon.length > 0 ? String(dueSoon.length) : '',
    color: URGENCY_COLORS[worst],
    title: `${summary} ${nearestText(open, today)}`.trim(),
  };
}

function summaryText(open: number, dueSoon: number, missed: number): string {
  const parts = [`${count(open)} ${open === 1 ? 'needs' : 'need'} filing`];
  if (dueSoon > 0) parts.push(`${dueSoon} due within ${URGENCY_THRESHOLDS.soon} days`);
  if (missed > 0) parts.push(`${missed} past the deadline`);
  return `${parts.join('; ')}.`;
}

function nearestText(open: readonly CaseRecord[], today: IsoDate): string {
  const nearest = open.map((record) => record.deadline).sort()[0];
  if (!nearest) return '';
  const left = daysLeft(nearest, today);
  if (left === 0) return 'The nearest deadline is today.';
  return `The nearest deadline is in ${left} day${left === 1 ? '' : 's'}.`;
}

function count(cases: number): string {
  return cases === 1 ? '1 case' : `${cases} cases`;
}
