import { api, ApiFailure } from './api.js';
import { h, setChildren, wait } from './dom.js';
import { renderConfirmation } from './ncaf-confirmation.js';
import { renderNcafForm } from './ncaf-form.js';
import { systemBody, systemScreenFor } from './system-screens.js';
import { spinner } from './ui.js';

/**
 * The NCAF frame's script (`/qest/frames/ncaf`, inside the app's "Case association" screen). It
 * shows a spinner, fetches a CSRF token, then renders the form; after a successful submit it
 * shows the confirmation at `?confirmation=<number>`, which also survives a reload. When the
 * session has ended it tells the app around it, which shows the login screen.
 */

const FORM_DELAY_MS = 300;
const CONFIRMATION_DELAY_MS = 150;
const FORM_HEADING = 'Navigator case association request';

const config = JSON.parse(document.getElementById('qst-config').textContent);
const root = document.getElementById('qst-frame');
const heading = h('h1', {}, FORM_HEADING);
const body = h('div', { class: 'qst-screen' });
setChildren(root, h('main', { class: 'qst-main qst-frame-main' }, heading, body));

/** The form's values, kept across a maintenance or error screen and back. */
const entry = {
  caseId: '',
  givenName: '',
  familyName: '',
  dateOfBirth: '',
  assistedOn: '',
  reasonCode: '',
  programCode: '',
  assisterId: '',
  organization: '',
  signature: '',
  attested: false,
};

async function showForm() {
  setScreen(FORM_HEADING, spinner());
  try {
    const [answer] = await Promise.all([api('/qest/api/csrf'), wait(FORM_DELAY_MS)]);
    const frame = { config, entry, csrfToken: answer.data.csrfToken, fail, confirmed };
    setChildren(body, renderNcafForm(frame));
  } catch (error) {
    fail(error);
  }
}

async function showConfirmation(confirmationNumber) {
  setScreen('Association submitted', spinner());
  try {
    const path = `/qest/api/confirmations/${encodeURIComponent(confirmationNumber)}`;
    const [answer] = await Promise.all([api(path), wait(CONFIRMATION_DELAY_MS)]);
    setChildren(body, renderConfirmation(answer.data, config));
  } catch (error) {
    fail(error);
  }
}

/** A submit stored the association: the frame's URL and screen become its confirmation. */
function confirmed(association) {
  const query = new URLSearchParams({ confirmation: association.confirmationNumber });
  history.replaceState(null, '', `/qest/frames/ncaf?${query.toString()}`);
  setScreen('Association submitted', renderConfirmation(association, config));
}

function fail(error) {
  if (!(error instanceof ApiFailure)) {
    console.error('[qest ncaf]', error);
  }
  if (error instanceof ApiFailure && error.kind === 'session') {
    sessionEnded();
    return;
  }
  const screen = systemScreenFor(error instanceof ApiFailure ? error.kind : 'server');
  setScreen(screen.heading, systemBody(screen, { text: 'Back to the form', run: showForm }));
}

function sessionEnded() {
  setScreen('Your session has ended', h('p', { class: 'qst-lead' }, 'Sign in again to continue.'));
  if (window.parent !== window) {
    window.parent.postMessage({ type: 'qest:session-ended' }, location.origin);
  } else {
    const query = new URLSearchParams({ reason: 'expired', next: '/qest/app/ncaf' });
    location.assign(`/qest/app/login?${query.toString()}`);
  }
}

function setScreen(text, content) {
  heading.textContent = text;
  document.title = text;
  setChildren(body, content);
}

const confirmationNumber = new URLSearchParams(location.search).get('confirmation');
if (confirmationNumber) {
  void showConfirmation(confirmationNumber);
} else {
  void showForm();
}
