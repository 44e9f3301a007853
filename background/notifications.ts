import { browser } from 'wxt/browser';

const LOGIN_NOTIFICATION = 'portal-login';

/** Tells the navigator, once per pause, that filing waits for them to log in to the portal. */
export function notifyLoginNeeded(): void {
  void browser.notifications.create(LOGIN_NOTIFICATION, {
    type: 'basic',
    iconUrl: browser.runtime.getURL('/icon/128.png'),
    title: 'Log in to the portal',
    message: 'Case Associator paused filing: the MNsure portal session ended. Log in to resume.',
  });
}
