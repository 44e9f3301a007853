import { api, ApiFailure } from './api.js';
import { controlForm } from './controlled.js';
import { h } from './dom.js';
import { onSubmit } from './forms.js';
import { formAlert, inputField, primaryButton, showErrors } from './ui.js';

/** Where the app goes after signing in when `next` is not one of its own screens. */
const HOME = '/qest/app/dashboard';

/** "Sign in to the MNsure Assister Workspace", with a notice when the session had ended. */
export const loginView = {
  heading: 'Sign in to the MNsure Assister Workspace',
  delayMs: 150,
  isPublic: true,
  render(_data, ctx) {
    const ids = ctx.config.ids.login;
    const state = { username: '', password: '' };
    const form = h(
      'form',
      { class: 'qst-form', novalidate: true },
      formAlert(),
      inputField({
        id: ids.username,
        field: 'username',
        label: 'Username',
        autocomplete: 'username',
      }),
      inputField({
        id: ids.password,
        field: 'password',
        label: 'Password',
        type: 'password',
        autocomplete: 'current-password',
      }),
      primaryButton('Sign in'),
    );
    controlForm(form, state);
    onSubmit(form, ctx.fail, async () => {
      try {
        const { data } = await api('/qest/api/session', { method: 'POST', body: { ...state } });
        ctx.session.navigator = data.navigator;
      } catch (error) {
        if (!(error instanceof ApiFailure) || error.status !== 401) {
          throw error;
        }
        showErrors(form, [
          { field: null, message: error.body?.error?.message ?? 'Sign-in failed.' },
        ]);
        return;
      }
      ctx.navigate(safeNext(ctx.query.get('next')), { replace: true });
    });

    const isExpired = ctx.query.get('reason') === 'expired';
    return [
      isExpired
        ? h(
            'div',
            { class: 'qst-notice', role: 'status' },
            'Your session has ended. Sign in again to continue.',
          )
        : null,
      form,
    ];
  },
};

function safeNext(next) {
  const isAppScreen = next?.startsWith('/qest/app/') && !next.startsWith('/qest/app/login');
  return isAppScreen ? next : HOME;
}
