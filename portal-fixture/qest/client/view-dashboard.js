import { api } from './api.js';
import { h } from './dom.js';
import { dataTable } from './ui.js';
import { applicationPath } from './paths.js';

/** "Your consumers": the navigator's consumers and the navigator's tasks. */
export const dashboardView = {
  heading: 'Your consumers',
  delayMs: 200,
  load: async () => (await api('/qest/api/consumers')).data,
  render(data) {
    const rows = data.consumers.map((consumer) => [
      consumer.name,
      consumer.caseId,
      consumer.programText,
      consumer.statusText,
      h('a', { href: applicationPath(consumer.applicationId, 'household') }, 'Open application'),
    ]);
    return [
      dataTable(
        'qst-dashboard-consumers',
        ['Consumer', 'Case ID', 'Program', 'Status', 'Application'],
        rows,
      ),
      h('h2', {}, 'Tasks'),
      h(
        'ul',
        { class: 'qst-tasks' },
        h('li', {}, h('a', { href: '/qest/app/ncaf' }, 'Submit a navigator case association')),
        h('li', {}, h('a', { href: '/qest/app/associations' }, 'Look up associations')),
      ),
    ];
  },
};
