import { extraApplications } from './extra-consumers';
import type { Application, Consumer, Navigator } from './records';

/**
 * The invented people the fixture starts with. Every name, date and number here is made up. One
 * consumer's name carries an apostrophe and an accent, which the METS form rejects, so the filer's
 * name normalisation has something to do; all other names are plain ASCII. Each case has a METS
 * number and a QEST number of its own.
 */

/** The navigator who signs in; any password is accepted. */
export const SEED_NAVIGATOR: Readonly<Navigator> = {
  username: 'navigator1',
  displayName: 'Jordan Avery',
  assisterId: 'NAV204815',
  organization: 'North Star Community Navigators',
};

/** The consumer whose name the METS form would reject as typed. */
export const ACCENTED_CONSUMER_APPLICATION_ID = 'A100235';

const SEED_APPLICATIONS: readonly Application[] = [
  application(
    {
      applicationId: 'A100234',
      firstName: 'Marisol',
      lastName: 'Vega',
      dateOfBirth: '1988-04-12',
      county: 'Hennepin',
      preferredLanguage: 'Spanish',
      caseNumber: '40012345',
      qestCaseNumber: 'Q605201101',
      program: 'MA',
      eligibilityStatus: 'active',
      determinationDate: '2026-11-20',
    },
    '900-12-3456',
    '2150',
  ),
  application(
    {
      applicationId: ACCENTED_CONSUMER_APPLICATION_ID,
      firstName: 'Renée',
      lastName: "O'Connell",
      dateOfBirth: '1975-09-30',
      county: 'Ramsey',
      preferredLanguage: 'English',
      caseNumber: '40012346',
      qestCaseNumber: 'Q605201174',
      program: 'QHP_APTC',
      eligibilityStatus: 'pending',
      determinationDate: '2026-11-25',
    },
    '900-23-4567',
    '3875',
  ),
  application(
    {
      applicationId: 'A100236',
      firstName: 'Hodan',
      lastName: 'Farah',
      dateOfBirth: '1992-01-05',
      county: 'Stearns',
      preferredLanguage: 'Somali',
      caseNumber: '40012347',
      qestCaseNumber: 'Q605201236',
      program: 'MNCARE',
      eligibilityStatus: 'approved',
      determinationDate: '2026-11-18',
    },
    '900-34-5678',
    '1980',
  ),
  application(
    {
      applicationId: 'A100237',
      firstName: 'Mai',
      lastName: 'Vang',
      dateOfBirth: '2001-07-22',
      county: 'Washington',
      preferredLanguage: 'Hmong',
      caseNumber: '40012348',
      qestCaseNumber: 'Q605201298',
      program: 'MA',
      eligibilityStatus: 'active',
      determinationDate: '2026-11-27',
    },
    '900-45-6789',
    '1425',
  ),
  application(
    {
      applicationId: 'A100238',
      firstName: 'Thanh',
      lastName: 'Nguyen',
      dateOfBirth: '1969-12-01',
      county: 'Dakota',
      preferredLanguage: 'Vietnamese',
      caseNumber: '40012349',
      qestCaseNumber: 'Q605201343',
      program: 'QHP',
      eligibilityStatus: 'active',
      determinationDate: '2026-11-30',
    },
    '900-56-7890',
    '5400',
  ),
  application(
    {
      applicationId: 'A100239',
      firstName: 'Dale',
      lastName: 'Halvorson',
      dateOfBirth: '1958-03-14',
      county: 'St. Louis',
      preferredLanguage: 'English',
      caseNumber: '40012350',
      qestCaseNumber: 'Q605201417',
      program: 'MNCARE',
      eligibilityStatus: 'pending',
      determinationDate: '2026-12-01',
    },
    '900-67-8901',
    '2600',
  ),
  application(
    {
      applicationId: 'A100240',
      firstName: 'Ayana',
      lastName: 'Tesfaye',
      dateOfBirth: '1996-10-09',
      county: 'Olmsted',
      preferredLanguage: 'Oromo',
      caseNumber: '40012351',
      qestCaseNumber: 'Q605201482',
      program: 'QHP_APTC',
      eligibilityStatus: 'approved',
      determinationDate: '2026-11-23',
    },
    '900-78-9012',
    '3120',
  ),
  application(
    {
      applicationId: 'A100241',
      firstName: 'Carlos',
      lastName: 'Ruiz-Mendez',
      dateOfBirth: '1983-06-17',
      county: 'Anoka',
      preferredLanguage: 'Spanish',
      caseNumber: '40012352',
      qestCaseNumber: 'Q605201559',
      program: 'MA',
      eligibilityStatus: 'pending',
      determinationDate: '2026-12-02',
    },
    '900-89-0123',
    '1760',
  ),
];

/**
 * A fresh, independent copy of the seeded applications, safe to edit, followed by
 * `extraConsumers` generated ones (none by default).
 */
export function seedApplications(extraConsumers = 0): Application[] {
  const seeded = SEED_APPLICATIONS.map((entry) => ({ ...entry, consumer: { ...entry.consumer } }));
  return [...seeded, ...extraApplications(extraConsumers)];
}

function application(consumer: Consumer, ssn: string, monthlyIncome: string): Application {
  return { consumer, ssn, monthlyIncome };
}
