import { api } from './api.js';
import { controlForm } from './controlled.js';
import { h } from './dom.js';
import { onSubmit } from './forms.js';
import { dataTable, inputField, primaryButton } from './ui.js';

const COLUMNS = [
  'Case ID',
  'Consumer',
  'Assister ID',
  'Organization',
  'Associated on',
  'Confirmation number',
];

/**
 * "Assister associations": every association, or one case's by its QEST case ID. The search is
 * part of the URL (`?caseNumber=`), so a lookup can be opened directly.
 */
export const associationsView = {
  heading: 'Assister associations',
  delayMs: 200,
  async load(ctx) {
    const caseNumber = ctx.query.get('caseNumber') ?? '';
    const query = caseNumber === '' ? '' : `?caseNumber=${encodeURIComponent(caseNumber)}`;
    return (await api(`/qest/api/associations${query}`)).data;
  },
  render(data, ctx) {
    const ids = ctx.config.ids.associations;
    const state = { caseId: data.caseNumber };
    const search = h(
      'form',
      { class: 'qst-form qst-search', role: 'search', novalidate: true },
      inputField({ id: ids.caseId, field: 'caseId', label: 'Case ID', maxLength: 10 }),
      primaryButton('Search'),
    );
    controlForm(search, state);
    onSubmit(search, ctx.fail, async () => {
      const caseId = state.caseId.trim();
      ctx.navigate(
        `/qest/app/associations${caseId === '' ? '' : `?caseNumber=${encodeURIComponent(caseId)}`}`,
      );
    });

    const rows = data.associations.map((association) => [
      association.caseId,
      association.consumerName,
      association.assisterId,
      association.organization,
      association.submittedOn,
      association.confirmationNumber,
    ]);
    return [
      search,
      h('h2', {}, 'Results'),
      dataTable(ids.results, COLUMNS, rows),
      rows.length === 0
        ? h('p', { class: 'qst-empty' }, 'No associations match this case ID.')
        : null,
    ];
  },
};
