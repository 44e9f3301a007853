import { api } from './api.js';
import { h } from './dom.js';
import { applicationApiPath } from './paths.js';
import { summaryTable } from './ui.js';

/** "Eligibility decision", step 3: the case under its QEST number and its determination. */
export const eligibilityView = {
  heading: 'Eligibility decision',
  delayMs: 200,
  load: async (ctx) => (await api(applicationApiPath(ctx, '/eligibility'))).data,
  render(data, ctx) {
    const ids = ctx.config.ids.eligibility;
    return [
      h('p', { class: 'qst-step' }, `Application ${data.applicationId} \u00b7 Step 3 of 3`),
      h('h2', {}, `Decision for ${data.consumerName}`),
      summaryTable([
        { label: 'Case ID', id: ids.caseId, value: data.caseId },
        { label: 'Program', id: ids.program, value: data.program.text },
        { label: 'Status', id: ids.status, value: data.status.text },
        { label: 'Decision date', id: ids.decisionDate, value: data.decisionDate },
      ]),
      h('p', {}, h('a', { href: '/qest/app/dashboard' }, 'Back to your consumers')),
    ];
  },
};
