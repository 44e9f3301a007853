import { h } from './dom.js';

/**
 * The screens shown in place of a route when the API cannot serve it. Their headings match the
 * static pages the server sends when the app itself cannot load.
 */
export const SYSTEM_SCREENS = {
  maintenance: {
    heading: 'QEST is down for maintenance',
    message: 'Scheduled maintenance is under way. Try again later; saved work is kept.',
  },
  server: {
    heading: 'Something went wrong',
    message: 'The request could not be completed. Try again in a moment.',
  },
  network: {
    heading: 'Something went wrong',
    message: 'We could not reach QEST. Check your connection and try again.',
  },
  notFound: {
    heading: 'We can\u2019t find that page',
    message: 'Check the address and try again.',
  },
};

/** The system screen for an `ApiFailure` kind (`server` for any it does not name). */
export function systemScreenFor(kind) {
  return SYSTEM_SCREENS[kind] ?? SYSTEM_SCREENS.server;
}

/** The body of a system screen, with an optional action button. */
export function systemBody(screen, action) {
  return [
    h('p', { class: 'qst-lead' }, screen.message),
    action
      ? h('button', { type: 'button', class: 'qst-button', onclick: action.run }, action.text)
      : null,
  ];
}
