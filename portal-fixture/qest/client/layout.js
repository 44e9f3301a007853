import { api } from './api.js';
import { h, setChildren } from './dom.js';
import { navigate } from './router.js';

/**
 * The app's frame around every screen: banner with the signed-in navigator and a sign-out
 * button, the section links, the screen's `<h1>` and body, and the footer.
 */

const APP_NAME = 'MNsure Assister Workspace';

const SECTIONS = [
  { href: '/qest/app/dashboard', text: 'Consumers' },
  { href: '/qest/app/ncaf', text: 'Case association' },
  { href: '/qest/app/associations', text: 'Associations' },
];

/**
 * Renders the frame into `root` and returns the screen's parts: `body` to fill, `setHeading`,
 * and `showNavigator` for when the session check answers after the first paint.
 */
export function renderLayout(root, { heading, session, isPublic }) {
  const user = h('div', { class: 'qst-user' });
  const title = h('h1', {}, heading);
  const body = h('div', { class: 'qst-screen' });
  const showNavigator = (navigator) => {
    if (!navigator) {
      user.replaceChildren();
      return;
    }
    setChildren(
      user,
      'Signed in as ',
      h('span', { class: 'qst-user-name' }, navigator.displayName),
      h('button', { type: 'button', class: 'qst-link-button', onclick: signOut }, 'Sign out'),
    );
  };

  setChildren(
    root,
    h('header', { class: 'qst-banner' }, h('span', { class: 'qst-brand' }, APP_NAME), user),
    isPublic ? null : sectionNav(),
    h('main', { class: 'qst-main', id: 'qst-main' }, title, body),
    h(
      'footer',
      { class: 'qst-footer' },
      'Practice portal for testing Case Associator. Not affiliated with MNsure or the State of ',
      'Minnesota. Every person shown is invented.',
    ),
  );
  showNavigator(isPublic ? null : session.navigator);
  document.title = `${heading} | ${APP_NAME}`;

  return {
    body,
    showNavigator,
    setHeading(text) {
      title.textContent = text;
      document.title = `${text} | ${APP_NAME}`;
    },
  };

  async function signOut() {
    await api('/qest/api/session/logout', { method: 'POST' }).catch(() => undefined);
    session.navigator = null;
    navigate('/qest/app/login');
  }
}

function sectionNav() {
  return h(
    'nav',
    { class: 'qst-nav', 'aria-label': 'Workspace sections' },
    SECTIONS.map((section) => h('a', { href: section.href }, section.text)),
  );
}
