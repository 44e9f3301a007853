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

const log = logger('content');
const CAPTURE_PAGES: ReadonlySet<string> = new Set(['household', 'signature', 'eligibility']);

/** What the content script needs from WXT's content-script context. */
export interface SessionContext {
  isInvalid: boolean;
  addEventListener: (
    target: Document,
    type: 'submit',
    listener: (event: Event) => void,
    options?: AddEventListenerOptions,
  ) => void;
}

/**
 * Runs in a portal tab: recognises the page, tells the background what it is, captures the
 * allow-listed fields of application pages (on load and again when the navigator submits the
 * page, to catch edits), and fills the NCAF when the background asks. Never opens IndexedDB:
 * here it would belong to the portal's origin.
 */
export function startPortalSession(ctx: SessionContext, doc: Document = document): void {
  const instanceId = crypto.randomUUID();
  const page = recognise(doc, BUILTIN_PROFILES);

  send(ctx, () => messenger.sendMessage('pageSeen', buildPageReport(doc, instanceId, page)));
  if (page && CAPTURE_PAGES.has(page.kind)) {
    capture(ctx, doc, instanceId, page);
    ctx.addEventListener(doc, 'submit', () => capture(ctx, doc, instanceId, page), {
      capture: true,
    });
  }

  receive('reportPage', emptySchema, 'background', () =>
    buildPageReport(doc, instanceId, recognise(doc, BUILTIN_PROFILES)),
  );
  receive('fillNcaf', ncafValuesSchema, 'background', (values) => {
    if (page?.kind !== 'ncafForm')
      return { ok: false, message: 'this tab is not on the NCAF form' };
    try {
      fillNcafForm(doc, page.profile, values);
      return { ok: true, message: 'filled' };
    } catch (error) {
      if (error instanceof FillError) return { ok: false, message: error.message };
      throw error;
    }
  });
  receive('submitNcaf', emptySchema, 'background', () => {
    if (page?.kind !== 'ncafForm')
      return { ok: false, message: 'this tab is not on the NCAF form' };
    // Answer first, click just after: the click unloads the page, which would drop the answer.
    setTimeout(() => clickNcafSubmit(doc, page.profile), 20);
    return { ok: true, message: 'submitting' };
  });
}

function capture(ctx: SessionContext, doc: Document, instanceId: string, page: RecognisedPage) {
  const key = applicationKey(doc.location.pathname, page.profile);
  if (!key) return;

  const reading = readPageFields(doc, page.profile, page.kind as CapturePage);
  const message: CaptureMessage = {
    instanceId,
    origin: doc.location.origin,
    profileId: page.profile.id,
    applicationKey: key,
    page: page.kind as CapturePage,
    ...reading,
  };
  send(ctx, () => messenger.sendMessage('capture', message));
}

/** Sends a message, staying quiet once the extension was reloaded under this page. */
function send(ctx: SessionContext, deliver: () => Promise<unknown>): void {
  if (ctx.isInvalid) return;
  deliver().catch((error: unknown) => {
    if (!ctx.isInvalid) log.warn(`message not delivered: ${(error as Error).message}`);
  });
}
