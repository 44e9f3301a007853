import { minnesotaToday } from '../dates';
import type { PortalContext } from '../generation';
import type { Application } from '../records';
import { jsonReply, type PortalReply } from '../reply';
import type { PortalRoute } from '../router';
import { fieldErrorsReply, textField, withJsonBody } from './api-replies';
import { withQestApplication } from './applications';
import { choiceError, errorsOf, nameError, pastDateError, type FieldError } from './field-checks';
import { codeOf, QEST_COUNTY_OPTIONS, QEST_LANGUAGE_OPTIONS, textOf } from './options';

/**
 * The application's household details: read (`GET /qest/api/applications/:id`) and save
 * (`POST .../household`). They carry a Social Security number and an income, which the screen
 * shows and the extension must leave alone.
 */

/** The household as the API sends and receives it. */
interface Household {
  givenName: string;
  familyName: string;
  dateOfBirth: string;
  countyCode: string;
  languageCode: string;
  ssn: string;
  monthlyIncome: string;
}

/** The household read and save routes. */
export function householdApiRoutes(): PortalRoute[] {
  return [
    { method: 'GET', pattern: '/qest/api/applications/:applicationId', handle: readApplication },
    {
      method: 'POST',
      pattern: '/qest/api/applications/:applicationId/household',
      handle: saveHousehold,
    },
  ];
}

function readApplication(context: PortalContext): PortalReply {
  return withQestApplication(context, (application) =>
    jsonReply(200, {
      applicationId: application.consumer.applicationId,
      household: storedHousehold(application),
    }),
  );
}

function saveHousehold(context: PortalContext): PortalReply {
  return withQestApplication(context, (application) =>
    withJsonBody(context.request, (body) => {
      const household: Household = {
        givenName: textField(body, 'givenName'),
        familyName: textField(body, 'familyName'),
        dateOfBirth: textField(body, 'dateOfBirth'),
        countyCode: textField(body, 'countyCode'),
        languageCode: textField(body, 'languageCode'),
        ssn: textField(body, 'ssn'),
        monthlyIncome: textField(body, 'monthlyIncome'),
      };
      const errors = householdErrors(household, minnesotaToday(context.state.now()));
      if (errors.length > 0) {
        return fieldErrorsReply(errors);
      }

      store(household, application);
      return jsonReply(200, { household: storedHousehold(application) });
    }),
  );
}

function storedHousehold({ consumer, ssn, monthlyIncome }: Application): Household {
  return {
    givenName: consumer.firstName,
    familyName: consumer.lastName,
    dateOfBirth: consumer.dateOfBirth,
    countyCode: codeOf(QEST_COUNTY_OPTIONS, consumer.county) ?? '',
    languageCode: codeOf(QEST_LANGUAGE_OPTIONS, consumer.preferredLanguage) ?? '',
    ssn,
    monthlyIncome,
  };
}

function householdErrors(household: Household, today: string): FieldError[] {
  return errorsOf([
    nameError('givenName', household.givenName, 'Given name', 'a given name'),
    nameError('familyName', household.familyName, 'Family name', 'a family name'),
    pastDateError(
      'dateOfBirth',
      household.dateOfBirth,
      { fieldName: 'Date of birth', what: 'a date of birth' },
      today,
    ),
    choiceError('countyCode', household.countyCode, QEST_COUNTY_OPTIONS, 'a county'),
    choiceError('languageCode', household.languageCode, QEST_LANGUAGE_OPTIONS, 'a language'),
    /^\d{3}-\d{2}-\d{4}$/.test(household.ssn)
      ? undefined
      : { field: 'ssn', message: 'Social Security number must look like 000-00-0000.' },
    /^\d+(\.\d{2})?$/.test(household.monthlyIncome)
      ? undefined
      : { field: 'monthlyIncome', message: 'Monthly income must be a number, like 1500.00.' },
  ]);
}

function store(household: Household, application: Application): void {
  const { consumer } = application;
  consumer.firstName = household.givenName;
  consumer.lastName = household.familyName;
  consumer.dateOfBirth = household.dateOfBirth;
  consumer.county = textOf(QEST_COUNTY_OPTIONS, household.countyCode) ?? consumer.county;
  consumer.preferredLanguage =
    textOf(QEST_LANGUAGE_OPTIONS, household.languageCode) ?? consumer.preferredLanguage;
  application.ssn = household.ssn;
  application.monthlyIncome = household.monthlyIncome;
}
