import { formatUsDate, minnesotaToday, parseUsDate } from '../dates';
import type { PortalContext } from '../generation';
import { markup } from '../html';
import type { Application } from '../records';
import { redirectReply, type PortalReply } from '../reply';
import type { PortalRoute } from '../router';
import { metsIds } from './field-ids';
import { actionSet, cluster, errorSummary, selectRow, textRow } from './fields';
import { messagesOf, pastDateError, requiredError, selectionError } from './field-checks';
import { householdHistory } from './household-history';
import { MINNESOTA_COUNTIES } from './minnesota-counties';
import { LANGUAGES, plainOptions } from './options';
import { applicationPath, signedInPageReply, withApplication } from './signed-in-page';

/**
 * "Household and Applicant Details", the first wizard page. It carries the fields the extension
 * captures and, to prove it leaves them alone, a Social Security number and an income.
 */

const PATTERN = '/mets/application/:applicationId/household';

/** The household fields as shown or as typed. */
interface HouseholdEntry {
  firstName: string;
  lastName: string;
  dob: string;
  county: string;
  language: string;
  ssn: string;
  income: string;
}

/** The household page and its save. */
export function householdRoutes(): PortalRoute[] {
  return [
    { method: 'GET', pattern: PATTERN, handle: showHousehold },
    { method: 'POST', pattern: PATTERN, handle: saveHousehold },
  ];
}

function showHousehold(context: PortalContext): PortalReply {
  return withApplication(context, (application) =>
    householdPage(context, application, storedEntry(application), []),
  );
}

function saveHousehold(context: PortalContext): PortalReply {
  return withApplication(context, (application) => {
    const entry = typedEntry(context);
    const errors = householdErrors(entry, minnesotaToday(context.state.now()));
    if (errors.length > 0) {
      return householdPage(context, application, entry, errors);
    }

    store(entry, application);
    return redirectReply(applicationPath(application.consumer.applicationId, 'signature'));
  });
}

function storedEntry({ consumer, ssn, monthlyIncome }: Application): HouseholdEntry {
  return {
    firstName: consumer.firstName,
    lastName: consumer.lastName,
    dob: formatUsDate(consumer.dateOfBirth),
    county: consumer.county,
    language: consumer.preferredLanguage,
    ssn,
    income: monthlyIncome,
  };
}

function typedEntry({ request, state }: PortalContext): HouseholdEntry {
  const ids = metsIds(state.idVariant).household;
  const field = (id: string): string => request.form.get(id) ?? '';
  return {
    firstName: field(ids.firstName),
    lastName: field(ids.lastName),
    dob: field(ids.dob),
    county: field(ids.county),
    language: field(ids.language),
    ssn: field(ids.ssn),
    income: field(ids.income),
  };
}

function householdErrors(entry: HouseholdEntry, today: string): string[] {
  return messagesOf([
    requiredError('First name', entry.firstName),
    requiredError('Last name', entry.lastName),
    pastDateError('Date of birth', entry.dob, today),
    selectionError('County of residence', entry.county, MINNESOTA_COUNTIES),
    selectionError('Preferred language', entry.language, LANGUAGES),
    /^\d{3}-\d{2}-\d{4}$/.test(entry.ssn.trim())
      ? undefined
      : 'Social Security number must be in the format 000-00-0000.',
    /^\d+(\.\d{2})?$/.test(entry.income.trim())
      ? undefined
      : 'Monthly household income must be a number.',
  ]);
}

function store(entry: HouseholdEntry, application: Application): void {
  const { consumer } = application;
  consumer.firstName = entry.firstName.trim();
  consumer.lastName = entry.lastName.trim();
  consumer.dateOfBirth = parseUsDate(entry.dob) ?? consumer.dateOfBirth;
  consumer.county = entry.county;
  consumer.preferredLanguage = entry.language;
  application.ssn = entry.ssn.trim();
  application.monthlyIncome = entry.income.trim();
}

function householdPage(
  context: PortalContext,
  application: Application,
  entry: HouseholdEntry,
  errors: readonly string[],
): PortalReply {
  const ids = metsIds(context.state.idVariant).household;
  const { applicationId } = application.consumer;
  const body = markup`<p class="wizard-step">Application ${applicationId}: step 1 of 3</p>
${errorSummary(errors)}
<form method="post" action="${applicationPath(applicationId, 'household')}" novalidate>
${cluster('Applicant', [
  textRow({ id: ids.firstName, label: 'First name', value: entry.firstName, isRequired: true }),
  textRow({ id: ids.lastName, label: 'Last name', value: entry.lastName, isRequired: true }),
  textRow({
    id: ids.dob,
    label: 'Date of birth (MM/DD/YYYY)',
    value: entry.dob,
    isRequired: true,
    maxLength: 10,
  }),
  textRow({ id: ids.ssn, label: 'Social Security number', value: entry.ssn, maxLength: 11 }),
])}
${cluster('Household', [
  selectRow({
    id: ids.county,
    label: 'County of residence',
    options: plainOptions(MINNESOTA_COUNTIES),
    selected: entry.county,
    isRequired: true,
    emptyText: '-- Select --',
  }),
  selectRow({
    id: ids.language,
    label: 'Preferred language',
    options: plainOptions(LANGUAGES),
    selected: entry.language,
    isRequired: true,
    emptyText: '-- Select --',
  }),
  textRow({ id: ids.income, label: 'Monthly household income', value: entry.income }),
])}
${actionSet('Save and continue')}
</form>${householdHistory(application.consumer, context.state.householdPaddingElements)}`;
  return signedInPageReply(context, 'Household and Applicant Details', body);
}
