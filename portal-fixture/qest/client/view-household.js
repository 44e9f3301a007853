import { api } from './api.js';
import { controlForm } from './controlled.js';
import { h } from './dom.js';
import { onSubmit } from './forms.js';
import { applicationApiPath, applicationPath } from './paths.js';
import { formAlert, inputField, primaryButton, selectField, showErrors } from './ui.js';

/**
 * "Household details", step 1 of the application. Prefilled from the API; it shows a Social
 * Security number and an income too, which the extension must leave alone.
 */
export const householdView = {
  heading: 'Household details',
  delayMs: 350,
  load: async (ctx) => (await api(applicationApiPath(ctx))).data,
  render(data, ctx) {
    const ids = ctx.config.ids.household;
    const { options, today } = ctx.config;
    const state = { ...data.household };
    const form = h(
      'form',
      { class: 'qst-form', novalidate: true },
      h('p', { class: 'qst-step' }, `Application ${data.applicationId} \u00b7 Step 1 of 3`),
      formAlert(),
      h('h2', {}, 'Applicant'),
      inputField({ id: ids.givenName, field: 'givenName', label: 'Given name', isRequired: true }),
      inputField({
        id: ids.familyName,
        field: 'familyName',
        label: 'Family name',
        isRequired: true,
      }),
      inputField({
        id: ids.dob,
        field: 'dateOfBirth',
        label: 'Date of birth',
        type: 'date',
        max: today,
        isRequired: true,
      }),
      inputField({ id: ids.ssn, field: 'ssn', label: 'Social Security number', maxLength: 11 }),
      h('h2', {}, 'Household'),
      selectField({
        id: ids.county,
        field: 'countyCode',
        label: 'County',
        options: options.counties,
        emptyText: 'Select a county',
        isRequired: true,
      }),
      selectField({
        id: ids.language,
        field: 'languageCode',
        label: 'Language spoken at home',
        options: options.languages,
        emptyText: 'Select a language',
        isRequired: true,
      }),
      inputField({ id: ids.income, field: 'monthlyIncome', label: 'Monthly income' }),
      primaryButton('Save and continue'),
    );
    controlForm(form, state);
    onSubmit(form, ctx.fail, async () => {
      const body = { ...state };
      const answer = await api(applicationApiPath(ctx, '/household'), { method: 'POST', body });
      if (answer.status === 422) {
        showErrors(form, answer.data.errors);
        return;
      }
      ctx.navigate(applicationPath(data.applicationId, 'signature'));
    });
    return form;
  },
};
