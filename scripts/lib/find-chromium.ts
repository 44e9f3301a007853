import { existsSync } from 'node:fs';

/** Where a Chromium-based browser is usually installed on Linux, macOS and Windows. */
const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/usr/bin/microsoft-edge',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
  'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe',
];

/** No browser to drive: a set-up step is missing, and the message says which. */
export class ChromiumNotFound extends Error {
  override name = 'ChromiumNotFound';
}

/**
 * The browser the demo, the end-to-end tests and the benchmarks drive: `CHROME_PATH` when set,
 * else the first usual install found. Throws (never skips) when there is none.
 */
export function findChromium(): string {
  const override = process.env.CHROME_PATH;
  if (override) {
    if (!existsSync(override)) {
      throw new ChromiumNotFound(`CHROME_PATH is set to ${override}, which does not exist`);
    }
    return override;
  }
  const found = CANDIDATES.find((candidate) => existsSync(candidate));
  if (!found) {
    throw new ChromiumNotFound(
      'No Chromium-based browser found. Install one (Debian: apt-get install chromium) or set ' +
        'CHROME_PATH to its executable.',
    );
  }
  return found;
}

/**
 * Switches every Chromium the project starts gets: no sandbox (the machines run as root), and no
 * background traffic, component updates, sync or first-run screens, which would otherwise try to
 * reach the closed network at every start.
 */
export const QUIET_CHROMIUM_ARGS: readonly string[] = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-gpu',
];

/**
 * Playwright's own signal handlers exit the process as soon as the browser is closed, before a
 * script has removed its temporary folders; the scripts' `Cleanups` handle the signals instead.
 */
export const NO_SIGNAL_HANDLERS = {
  handleSIGINT: false,
  handleSIGTERM: false,
  handleSIGHUP: false,
} as const;

/** Launch options for a headless Chromium without the extension. */
export function quietLaunchOptions() {
  return {
    executablePath: findChromium(),
    headless: true,
    args: [...QUIET_CHROMIUM_ARGS],
    ...NO_SIGNAL_HANDLERS,
  };
}
