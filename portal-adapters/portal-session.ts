import { messenger } from '../messaging/protocol';
import { receive } from '../messaging/receive';
import { emptySchema, ncafValuesSchema, type CaptureMessage } from '../messaging/schemas';
import { logger } from '../logging/logger';
import { BUILTIN_PROFILES } from './builtin-profiles';
import { FillError } from './fill';
import { clickNcafSubmit, fillNcafForm } from './ncaf-form';
import { buildPageReport, recognise, type RecognisedPage } from './page-report';
import { applicationKey } from './recognise';
import { readPageFields, type CapturePage } from './read-fields';
import { watchPageChanges } from './page-watch';
import type { PortalProfile } from './profile-schema';

const log = logger('content');
const CAPTURE_PAGES: ReadonlySet<string> = new Set(['household', 'signature', 'eligibility']);

/** What the content script needs from WXT's content-script context. */
export interface SessionContext {
  isInvalid: boolean;
  onInvalidated: (callback: () => void) => unknown;
  addEventListener: (
    target: Document,
    type: 'submit',
    listener: (event: Event) => void,
    options?: AddEventListenerOptions,
  ) => void;
}

/**
 * Runs in a portal tab (and in its frames): recognises the page, tells the background what it
 * is, captures the allow-listed fields of application pages (when they appear, and again when the
 * navigator submits the page, to catch edits), and fills the NCAF when the background asks. On a
 * single-page portal it follows route changes and late-rendered screens. Never opens IndexedDB:
 * here it would belong to the portal's origin.
 */
export async function startPortalSession(
  ctx: SessionContext,
  doc: Document = document,
): Promise<void> {
  const instanceId = crypto.randomUUID();
  const profiles = await profilesInForce();
  let lastReport = '';
  let lastCapture = '';

  /** Reports the page and captures its fields, sending only what changed since the last time. */
  const update = () => {
    if (ctx.isInvalid) return;
    const page = recognise(doc, profiles);
    const report = buildPageReport(doc, instanceId, page);
    const fingerprint = JSON.stringify({ ...report, instanceId: '' });
    if (fingerprint !== lastReport) {
      lastReport = fingerprint;
      send(ctx, () => messenger.sendMessage('pageSeen', report));
    }
    if (!page || !CAPTURE_PAGES.has(page.kind)) return;
    // A late-rendered screen is read again as its fields appear; unchanged readings are not sent.
    const message = captureMessage(doc, instanceId, page);
    const reading = JSON.stringify(message && { ...message, instanceId: '' });
    if (message && reading !== lastCapture) {
      lastCapture = reading;
      send(ctx, () => messenger.sendMessage('capture', message));
    }
  };

  update();
  watchPageChanges(ctx, doc, update);
  // Submitting a page is the last chance to read what the navigator edited on it.
  ctx.addEventListener(doc, 'submit', update, { capture: true });

  receive('reportPage', emptySchema, 'background', () =>
    buildPageReport(doc, instanceId, recognise(doc, profiles)),
  );
  receive('fillNcaf', ncafValuesSchema, 'background', async (values) => {
    const current = recognise(doc, profiles);
    if (current?.kind !== 'ncafForm')
      return { ok: false, message: 'this page is not the NCAF form' };
    return fillWhenRendered(doc, current.profile, values);
  });
  receive('submitNcaf', emptySchema, 'background', () => {
    const current = recognise(doc, profiles);
    if (current?.kind !== 'ncafForm')
      return { ok: false, message: 'this page is not the NCAF form' };
    // Answer first, click just after: the click may unload the page, which would drop the answer.
    setTimeout(() => clickNcafSubmit(doc, current.profile), 20);
    return { ok: true, message: 'submitting' };
  });
}

function captureMessage(
  doc: Document,
  instanceId: string,
  page: RecognisedPage,
): CaptureMessage | null {
  const key = applicationKey(doc.location.pathname, page.profile);
  if (!key) return null;

  const reading = readPageFields(doc, page.profile, page.kind as CapturePage);
  return {
    instanceId,
    origin: doc.location.origin,
    profileId: page.profile.id,
    applicationKey: key,
    page: page.kind as CapturePage,
    ...reading,
  };
}

/** How long to wait for the background's profiles before using the built-in ones. */
const PROFILES_TIMEOUT_MS = 1_500;

/**
 * The profiles in force, imported ones included, from the background (only it opens the
 * database). Falls back to the built-in profiles when the background does not answer in time.
 */
async function profilesInForce(): Promise<readonly PortalProfile[]> {
  const fallback = new Promise<null>((resolve) =>
    setTimeout(() => resolve(null), PROFILES_TIMEOUT_MS),
  );
  const asked = messenger.sendMessage('getProfiles', {}).catch(() => null);
  return (await Promise.race([asked, fallback])) ?? BUILTIN_PROFILES;
}

/** Sends a message, staying quiet once the extension was reloaded under this page. */
function send(ctx: SessionContext, deliver: () => Promise<unknown>): void {
  if (ctx.isInvalid) return;
  deliver().catch((error: unknown) => {
    if (!ctx.isInvalid) log.warn(`message not delivered: ${(error as Error).message}`);
  });
}

/** How long an NCAF form may take to render its fields after its heading shows. */
const FORM_RENDER_TIMEOUT_MS = 10_000;

/**
 * Fills the NCAF once its fields are on the page. A single-page portal shows the heading first
 * and renders (and may re-render) the form a moment later, so a field not found yet is tried
 * again until the time limit; a value the page refused is reported at once.
 */
async function fillWhenRendered(
  doc: Document,
  profile: PortalProfile,
  values: Parameters<typeof fillNcafForm>[2],
): Promise<{ ok: boolean; message: string }> {
  const until = Date.now() + FORM_RENDER_TIMEOUT_MS;
  for (;;) {
    try {
      fillNcafForm(doc, profile, values);
      return { ok: true, message: 'filled' };
    } catch (error) {
      if (!(error instanceof FillError)) throw error;
      const isRendering = error.message.endsWith('not found on the form');
      if (!isRendering || Date.now() > until) return { ok: false, message: error.message };
    }
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
}
