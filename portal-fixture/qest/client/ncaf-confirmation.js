import { h } from './dom.js';
import { summaryTable } from './ui.js';

/** The confirmation of a stored association, with its `QA-` confirmation number. */
export function renderConfirmation(association, config) {
  const ids = config.ids.confirmation;
  const lookup = `/qest/app/associations?caseNumber=${encodeURIComponent(association.caseId)}`;
  return [
    h(
      'div',
      { class: 'qst-notice qst-success', role: 'status' },
      'We received the navigator case association. Keep the confirmation number for your records.',
    ),
    summaryTable([
      { label: 'Confirmation number', id: ids.number, value: association.confirmationNumber },
      { label: 'Case ID', id: ids.caseId, value: association.caseId },
      { label: 'Consumer', id: ids.consumerName, value: association.consumerName },
      { label: 'Assister ID', value: association.assisterId },
      { label: 'Submitted on', id: ids.submittedOn, value: association.submittedOn },
    ]),
    h(
      'p',
      {},
      h('a', { href: '/qest/frames/ncaf' }, 'Submit another association'),
      ' \u00b7 ',
      h('a', { href: lookup, target: '_top' }, 'View associations'),
    ),
  ];
}
