import { minnesotaToday } from '../dates';
import type { FixtureState } from '../generation';
import { markup, trustedHtml, type SafeHtml } from '../html';
import { qestIds } from './field-ids';
import {
  QEST_COUNTY_OPTIONS,
  QEST_LANGUAGE_OPTIONS,
  QEST_PROGRAM_OPTIONS,
  QEST_REASON_OPTIONS,
} from './options';

/**
 * The HTML documents the QEST server sends. The app and the NCAF frame are nearly empty shells
 * that a script fills in; the system pages (maintenance, error, not found) are static, for when
 * the shell itself cannot be served.
 */

/** What the browser script is told: the ids to render with, the code tables and today's date. */
export interface QestClientConfig {
  ids: ReturnType<typeof qestIds>;
  options: Record<'counties' | 'languages' | 'reasons' | 'programs', readonly unknown[]>;
  /** Minnesota's date on the fixture's clock, the `max` of past-date inputs. */
  today: string;
}

/** The config for this fixture's id variant and clock. */
export function clientConfig(state: FixtureState): QestClientConfig {
  return {
    ids: qestIds(state.idVariant),
    options: {
      counties: QEST_COUNTY_OPTIONS,
      languages: QEST_LANGUAGE_OPTIONS,
      reasons: QEST_REASON_OPTIONS,
      programs: QEST_PROGRAM_OPTIONS,
    },
    today: minnesotaToday(state.now()),
  };
}

/** The single-page app's shell, the same for `/qest/` and every `/qest/app/...` path. */
export function appShell(state: FixtureState): SafeHtml {
  return scriptedDocument('MNsure Assister Workspace', 'app.js', 'qst-root', clientConfig(state));
}

/** The NCAF frame's document, `/qest/frames/ncaf`. */
export function ncafFrameDocument(state: FixtureState): SafeHtml {
  return scriptedDocument(
    'Case association form',
    'ncaf-frame.js',
    'qst-frame',
    clientConfig(state),
  );
}

/** A static page with a heading and a message, for answers the script never sees. */
export function systemDocument(heading: string, message: string): SafeHtml {
  return markup`<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${heading} | MNsure Assister Workspace</title>
<link rel="stylesheet" href="/qest/assets/qest.css">
</head>
<body>
<div id="qst-root" class="qst-app">
<header class="qst-banner"><span class="qst-brand">MNsure Assister Workspace</span></header>
<main class="qst-main">
<h1>${heading}</h1>
<p class="qst-lead">${message}</p>
<p><a href="/qest/app/dashboard">Go to your consumers</a></p>
</main>
</div>
</body>
</html>
`;
}

function scriptedDocument(
  title: string,
  script: string,
  rootId: string,
  config: QestClientConfig,
): SafeHtml {
  return markup`<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<link rel="stylesheet" href="/qest/assets/qest.css">
<script type="application/json" id="qst-config">${configJson(config)}</script>
<script type="module" src="/qest/assets/${script}"></script>
</head>
<body>
<div id="${rootId}" class="qst-app"><noscript>This workspace needs JavaScript.</noscript></div>
</body>
</html>
`;
}

/** JSON safe inside a `<script>` element: `<` never appears raw, so nothing can close it. */
function configJson(config: QestClientConfig): SafeHtml {
  return trustedHtml(JSON.stringify(config).replace(/</g, '\\u003c'));
}
