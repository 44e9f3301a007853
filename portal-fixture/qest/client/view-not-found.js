import { h } from './dom.js';
import { SYSTEM_SCREENS } from './system-screens.js';

/** Any `/qest/app/...` path the app has no screen for. */
export const notFoundView = {
  heading: SYSTEM_SCREENS.notFound.heading,
  delayMs: 0,
  render: () => [
    h('p', { class: 'qst-lead' }, SYSTEM_SCREENS.notFound.message),
    h('p', {}, h('a', { href: '/qest/app/dashboard' }, 'Go to your consumers')),
  ],
};
