import { api, ApiFailure } from './api.js';
import { controlForm } from './controlled.js';
import { h } from './dom.js';
import { onSubmit } from './forms.js';
import {
  checkboxField,
  formAlert,
  inputField,
  primaryButton,
  selectField,
  showErrors,
} from './ui.js';

/** What the form says when the submit got no answer: it may or may not have been stored. */
const NO_ANSWER = {
  title: 'We could not reach QEST',
  message:
    'Your association may or may not have been saved. Look the case up in the association ' +
    'list before you submit again.',
};

/**
 * The NCAF form, controlled: `frame.entry` is its state and the only thing submitted. Each
 * submit uses the CSRF token on hand (every refusal brings a fresh one; a lost answer means
 * fetching one). `frame` is `{ config, entry, csrfToken, fail, confirmed }`.
 */
export function renderNcafForm(frame) {
  const ids = frame.config.ids.ncaf;
  const { options, today } = frame.config;
  let csrfToken = frame.csrfToken;
  const form = h(
    'form',
    { class: 'qst-form', novalidate: true },
    h(
      'p',
      { class: 'qst-lead' },
      'Tell us which consumer you helped. Fields marked * are required.',
    ),
    formAlert(),
    h('h2', {}, 'Consumer'),
    inputField({
      id: ids.caseId,
      field: 'caseId',
      label: 'Case ID',
      hint: 'The letter Q and 9 digits, as shown on the eligibility decision.',
      maxLength: 10,
      isRequired: true,
    }),
    inputField({
      id: ids.givenName,
      field: 'givenName',
      label: 'Consumer given name',
      isRequired: true,
    }),
    inputField({
      id: ids.familyName,
      field: 'familyName',
      label: 'Consumer family name',
      isRequired: true,
    }),
    dateField(ids.dob, 'dateOfBirth', 'Consumer date of birth', today),
    h('h2', {}, 'Assistance'),
    dateField(ids.assistedOn, 'assistedOn', 'Date assisted', today),
    selectField({
      id: ids.reason,
      field: 'reasonCode',
      label: 'Reason for association',
      options: options.reasons,
      emptyText: 'Select a reason',
      isRequired: true,
    }),
    selectField({
      id: ids.program,
      field: 'programCode',
      label: 'Program',
      options: options.programs,
      emptyText: 'Select a program',
      isRequired: true,
    }),
    h('h2', {}, 'Assister'),
    inputField({
      id: ids.assisterId,
      field: 'assisterId',
      label: 'Assister ID',
      maxLength: 9,
      isRequired: true,
    }),
    inputField({
      id: ids.organization,
      field: 'organization',
      label: 'Organization name',
      isRequired: true,
    }),
    inputField({
      id: ids.signature,
      field: 'signature',
      label: 'Electronic signature',
      hint: 'Type your full name.',
      isRequired: true,
    }),
    checkboxField({ id: ids.attest, field: 'attested', label: 'I confirm I helped this consumer' }),
    primaryButton('Submit association'),
  );
  controlForm(form, frame.entry);

  onSubmit(form, frame.fail, async () => {
    const token = csrfToken ?? (await api('/qest/api/csrf')).data.csrfToken;
    csrfToken = null;
    let answer;
    try {
      answer = await api('/qest/api/ncaf', {
        method: 'POST',
        body: { ...frame.entry },
        headers: { 'x-qest-csrf': token },
      });
    } catch (error) {
      if (!(error instanceof ApiFailure) || !['network', 'forbidden'].includes(error.kind)) {
        throw error;
      }
      const refused = error.body?.error?.message;
      const message = error.kind === 'network' ? NO_ANSWER.message : refused;
      showErrors(
        form,
        [{ field: null, message }],
        error.kind === 'network' ? NO_ANSWER.title : undefined,
      );
      return;
    }

    if (answer.status === 201) {
      frame.confirmed(answer.data);
      return;
    }
    csrfToken = answer.data.csrfToken ?? null;
    showErrors(form, answer.data.errors);
  });
  return form;
}

function dateField(id, field, label, today) {
  return inputField({ id, field, label, type: 'date', max: today, isRequired: true });
}
