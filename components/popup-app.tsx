import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { messenger } from '../messaging/protocol';
import { minnesotaDate } from '../policy/calendar';
import { lastPortal } from '../storage/last-portal';
import { database } from '../storage/db';
import { OPEN_STATUSES } from '../storage/records';
import { portalSessionState } from '../filing/portal-session-state';
import { isFilingSetUp, loadSettings } from '../storage/settings';
import { orderCases, searchCases } from './case-order';
import { CASES_PER_PAGE, pageOfCases } from './case-page';
import { caseRisks } from './case-risks';
import { CaseRow } from './case-row';
import { useLiveQuery } from './use-live-query';

async function loadPopupData() {
  const db = database();
  const [cases, session, settings, portal] = await Promise.all([
    db.cases.toArray(),
    portalSessionState(db),
    loadSettings(db),
    lastPortal(db),
  ]);
  const today = minnesotaDate(Date.now());
  const listed = cases.map((record) => ({
    record,
    risks: caseRisks(record, today, settings.assisterId),
  }));
  return {
    cases: orderCases(listed),
    today,
    needsLogin: session.needsLogin,
    setUp: isFilingSetUp(settings),
    portalName: portal?.profile.name ?? null,
  };
}

/**
 * The error that stops the database from opening, if any. Checked on its own because a live
 * query waits for ever, rather than failing, when IndexedDB is missing altogether.
 */
function useOpenError(): Error | null {
  const [error, setError] = useState<Error | null>(null);
  useEffect(() => {
    database()
      .open()
      .catch((failure: unknown) =>
        setError(failure instanceof Error ? failure : new Error(String(failure))),
      );
  }, []);
  return error;
}

/** The popup: every case, most urgent first, with File now and File all. */
export function PopupApp() {
  const data = useLiveQuery(loadPopupData, []);
  const openError = useOpenError();
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState('');
  const [search, setSearch] = useState('');
  const [limit, setLimit] = useState(CASES_PER_PAGE);
  const openCaseId = new URLSearchParams(location.search).get('case');

  const run = async (send: () => Promise<{ ok: boolean; message: string }>) => {
    setBusy(true);
    try {
      setNotice((await send()).message);
    } catch (error) {
      setNotice(`Could not reach the extension: ${(error as Error).message}`);
    } finally {
      setBusy(false);
    }
  };

  const failure = openError ?? (data.state === 'failed' ? data.error : null);
  if (failure) {
    return (
      <p class="popup__error" role="alert">
        The case database cannot be opened ({failure.name}). Nothing is being captured until it can.
        Check that the browser allows site data for extensions.
      </p>
    );
  }
  if (data.state !== 'ready') return <p class="popup__loading">Loading cases…</p>;

  const { cases, today, needsLogin, setUp, portalName } = data.value;
  const open = cases.filter(({ record }) => OPEN_STATUSES.includes(record.status)).length;
  const shown = searchCases(cases, search);
  const page = pageOfCases(shown, limit, openCaseId);

  return (
    <main class="popup">
      <header class="popup__header">
        <h1>Case Associator</h1>
        <span class="popup__summary">
          {open === 1 ? '1 case needs filing' : `${open} cases need filing`}
        </span>
      </header>
      <p class="popup__portal">
        {portalName ? `Portal: ${portalName}` : 'No portal page seen yet'}
      </p>
      {needsLogin && (
        <p class="popup__banner popup__banner--login" role="alert">
          Log in to the portal: filing is paused and resumes by itself after you log in.
        </p>
      )}
      {!setUp && (
        <p class="popup__banner">
          Set your name, Assister ID and organization in{' '}
          <a href="#" onClick={() => void browser.runtime.openOptionsPage()}>
            Options
          </a>{' '}
          so cases can be filed.
        </p>
      )}
      <div class="popup__actions">
        <button
          type="button"
          class="popup__file-all"
          disabled={busy}
          onClick={() => run(() => messenger.sendMessage('fileAll', {}))}
        >
          File all
        </button>
        <a href="#" onClick={() => void browser.runtime.openOptionsPage()}>
          Options
        </a>
      </div>
      <p class="popup__notice" role="status" aria-live="polite">
        {notice}
      </p>
      {cases.length > 0 && (
        <div class="popup__search">
          <label for="case-search">Search cases</label>
          <input
            id="case-search"
            type="search"
            placeholder="Name or case number"
            value={search}
            onInput={(event) => {
              setSearch((event.target as HTMLInputElement).value);
              setLimit(CASES_PER_PAGE);
            }}
          />
        </div>
      )}
      {cases.length === 0 ? (
        <p class="popup__empty">
          No cases yet. Work an application in the portal and it appears here.
        </p>
      ) : shown.length === 0 ? (
        <p class="popup__empty">No case matches “{search}”.</p>
      ) : (
        <ul class="popup__cases">
          {page.rows.map(({ record, risks }) => (
            <CaseRow
              key={record.id}
              record={record}
              risks={risks}
              today={today}
              busy={busy}
              startOpen={record.id === openCaseId}
              onFileNow={(caseId) => run(() => messenger.sendMessage('fileNow', { caseId }))}
            />
          ))}
        </ul>
      )}
      {page.hidden > 0 && (
        <div class="popup__more">
          <span class="popup__count">
            Showing {page.rows.length.toLocaleString('en-US')} of{' '}
            {shown.length.toLocaleString('en-US')} cases
          </span>
          <button type="button" onClick={() => setLimit(limit + CASES_PER_PAGE)}>
            Show {Math.min(CASES_PER_PAGE, page.hidden)} more
          </button>
        </div>
      )}
    </main>
  );
}
