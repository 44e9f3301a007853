import { MINNESOTA_COUNTIES } from './mets/minnesota-counties';
import { LANGUAGES } from './mets/options';
import type { Application, EligibilityStatus, Program } from './records';

/**
 * Extra invented consumers for runs that need more cases than the hand-written seed (the
 * benchmarks file hundreds of NCAFs). Generated, not random: the same count always gives the same
 * people, numbers and dates. Names are plain ASCII letters, which the METS form accepts as typed.
 * Numbers live in ranges the seed never uses, so they cannot clash with it.
 */

/** The most extra consumers a fixture may be started with. */
export const MAX_EXTRA_CONSUMERS = 10_000;

// One name a line would make these lists three screens long.
// prettier-ignore
const FIRST_NAMES = [
  'Abdi', 'Bethany', 'Chue', 'Dorothy', 'Emeka', 'Fartun', 'Gunnar', 'Hana', 'Ivan', 'Jamal',
  'Kaia', 'Lucia', 'Mohamed', 'Nhia', 'Olena', 'Pa', 'Quinn', 'Rosa', 'Sven', 'Tou',
] as const;

// prettier-ignore
const LAST_NAMES = [
  'Aden', 'Bergstrom', 'Cha', 'Dahl', 'Eriksen', 'Flores', 'Gebre', 'Hagen', 'Ibrahim', 'Johnson',
  'Kong', 'Lindqvist', 'Moua', 'Nelson', 'Okafor', 'Pham', 'Quist', 'Ramirez', 'Sandoval', 'Thao',
] as const;

const PROGRAMS: readonly Program[] = ['MA', 'MNCARE', 'QHP_APTC', 'QHP'];
const STATUSES: readonly EligibilityStatus[] = ['pending', 'approved', 'active'];

/** Application ids, METS case numbers and QEST case numbers start above every seeded one. */
const FIRST_APPLICATION = 300_001;
const FIRST_METS_CASE = 41_000_001;
const FIRST_QEST_CASE = 700_000_001;

/** `count` generated applications, numbered from the first extra one. */
export function extraApplications(count: number): Application[] {
  return Array.from({ length: count }, (_, index) => extraApplication(index));
}

function extraApplication(index: number): Application {
  const pick = <T>(values: readonly T[], step: number): T => values[step % values.length]!;
  const day = String((index % 28) + 1).padStart(2, '0');
  const month = String((index % 12) + 1).padStart(2, '0');
  return {
    consumer: {
      applicationId: `A${FIRST_APPLICATION + index}`,
      firstName: pick(FIRST_NAMES, index),
      lastName: pick(LAST_NAMES, Math.floor(index / FIRST_NAMES.length) + index),
      dateOfBirth: `${1950 + (index % 55)}-${month}-${day}`,
      county: pick(MINNESOTA_COUNTIES, index * 7),
      preferredLanguage: pick(LANGUAGES, index),
      caseNumber: String(FIRST_METS_CASE + index),
      qestCaseNumber: `Q${FIRST_QEST_CASE + index}`,
      program: pick(PROGRAMS, index),
      eligibilityStatus: pick(STATUSES, index),
      determinationDate: `2026-11-${day}`,
    },
    // The never-issued 900 area, like the seed.
    ssn: `900-${String(index % 100).padStart(2, '0')}-${String(index).padStart(4, '0').slice(-4)}`,
    monthlyIncome: String(1200 + ((index * 37) % 4000)),
  };
}
