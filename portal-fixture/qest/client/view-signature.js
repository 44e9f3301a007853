import { api } from './api.js';
import { controlForm } from './controlled.js';
import { h } from './dom.js';
import { onSubmit } from './forms.js';
import { applicationApiPath, applicationPath } from './paths.js';
import { formAlert, inputField, primaryButton, radioGroup, showErrors } from './ui.js';

/**
 * "Sign your application", step 2. An Assister ID given here associates the assister with the
 * case, so no NCAF is needed for it.
 */
export const signatureView = {
  heading: 'Sign your application',
  delayMs: 250,
  load: async (ctx) => (await api(applicationApiPath(ctx))).data,
  render(data, ctx) {
    const ids = ctx.config.ids.signature;
    const state = { helped: '', assisterId: '', signature: '' };
    const form = h(
      'form',
      { class: 'qst-form', novalidate: true },
      h('p', { class: 'qst-step' }, `Application ${data.applicationId} \u00b7 Step 2 of 3`),
      formAlert(),
      radioGroup({
        name: ids.helped,
        field: 'helped',
        legend: 'Did an assister help with this application?',
        choices: [
          { id: ids.helpedYes, value: 'yes', label: 'Yes' },
          { id: ids.helpedNo, value: 'no', label: 'No' },
        ],
      }),
      inputField({
        id: ids.assisterId,
        field: 'assisterId',
        label: 'Assister ID',
        hint: 'Nine letters or numbers. Leave it blank if no assister helped.',
        maxLength: 9,
      }),
      inputField({
        id: ids.signature,
        field: 'signature',
        label: 'Type your full name to sign',
        isRequired: true,
      }),
      primaryButton('Sign and submit'),
    );
    controlForm(form, state);
    onSubmit(form, ctx.fail, async () => {
      const body = { ...state };
      const answer = await api(applicationApiPath(ctx, '/signature'), { method: 'POST', body });
      if (answer.status === 422) {
        showErrors(form, answer.data.errors);
        return;
      }
      ctx.navigate(applicationPath(data.applicationId, 'eligibility'));
    });
    return form;
  },
};
