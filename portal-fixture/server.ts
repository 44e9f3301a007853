import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { handleControlRequest, type FixtureControls } from './control-api';
import { dispatchRequest, type DispatchDeps } from './dispatch';
import { MAX_EXTRA_CONSUMERS } from './extra-consumers';
import { FaultBook, faultRuleSchema, type FaultRule } from './faults';
import type { FixtureState, IdVariant } from './generation';
import { metsGeneration } from './mets/mets-generation';
import { qestGeneration } from './qest/qest-generation';
import type { Association, Consumer } from './records';
import { SEED_NAVIGATOR } from './seed';
import { SessionStore } from './sessions';
import { FixtureStore } from './store';

/**
 * The portal fixture: a loopback HTTP server imitating the MNsure assister portal in both its
 * generations (server-rendered METS under `/mets`, the QEST single-page app under `/qest`), sharing
 * one store, session store and fault book, with a JSON control API under `/__fixture/`.
 */

/** How to start the fixture. */
export interface FixtureOptions {
  /** Default 0 (a random free port); the cli uses 4780 or `PORT`. */
  port?: number;
  /** Default `127.0.0.1`: loopback only. */
  host?: string;
  /** Sessions end after this long without a request. Default 15 minutes. */
  sessionIdleMs?: number;
  /** Added to every portal response (not the control API). Default 0. */
  latencyMs?: number;
  /** Clock for validation (future dates) and stamped dates. Default the real time. */
  now?: () => Date;
  /** `renamed` changes every id the extension might select by, in both generations. */
  idVariant?: IdVariant;
  /**
   * Generated invented consumers added after the 8 seeded ones, for runs that file many cases.
   * Default 0; at most 10,000.
   */
  extraConsumers?: number;
  /**
   * Pads every METS household page with an application history table of about this many
   * elements, after the form, to stand in for the portal's heaviest pages. Default 0 (none).
   */
  householdPaddingElements?: number;
}

/** A running fixture. */
export interface PortalFixture {
  /** E.g. `http://127.0.0.1:4780`. */
  url: string;
  /** Stops the server, ending held (timeout) and in-flight requests too. */
  close(): Promise<void>;
  /** Switches a fault on; throws if the rule is not valid. */
  setFault(rule: FaultRule): void;
  clearFaults(): void;
  setLatency(ms: number): void;
  /** Logs every session out: the next request sees the login page. */
  expireSessions(): void;
  /** Every stored association, in order. */
  associations(): Association[];
  /** Either of the case's numbers (METS or QEST) counts the same case. */
  associationCount(caseNumber: string): number;
  /** NCAF POSTs (either generation) that reached validation for the case, by either number. */
  ncafSubmissions(caseNumber: string): number;
  /** The invented consumers as they stand (copies). */
  consumers(): Consumer[];
  /** Back to the seed: no associations, no faults, no sessions, the starting latency. */
  reset(): void;
}

const DEFAULT_SESSION_IDLE_MS = 15 * 60_000;

/** The most padding a household page may get: far beyond any real portal page. */
const MAX_PADDING_ELEMENTS = 100_000;

/** Hosts the fixture may listen on: it serves invented PII-shaped data, so never beyond loopback. */
const LOOPBACK_HOST = /^(127(\.\d{1,3}){3}|::1|localhost)$/;

/** Starts the fixture and resolves once it is listening. */
export async function startPortalFixture(options: FixtureOptions = {}): Promise<PortalFixture> {
  const host = options.host ?? '127.0.0.1';
  if (!LOOPBACK_HOST.test(host)) {
    throw new Error(`The portal fixture listens on loopback only, not on ${host}`);
  }

  checkCount('extraConsumers', options.extraConsumers, MAX_EXTRA_CONSUMERS);
  checkCount('householdPaddingElements', options.householdPaddingElements, MAX_PADDING_ELEMENTS);

  const shutdown = new AbortController();
  const state = fixtureState(options, shutdown.signal);
  const controls = fixtureControls(state, options.latencyMs ?? 0);
  const deps: DispatchDeps = {
    state,
    generations: [metsGeneration(state.idVariant), qestGeneration(state)],
    control: (request) => handleControlRequest(request, state, controls),
  };
  const server = createServer((incoming, response) => {
    void dispatchRequest(incoming, response, deps);
  });

  const url = await listen(server, options.port ?? 0, host);
  return {
    url,
    close: () => closeServer(server, shutdown),
    ...controls,
    associations: () => state.store.associations(),
    associationCount: (caseNumber) => state.store.associationCount(caseNumber),
    ncafSubmissions: (caseNumber) => state.store.ncafSubmissions(caseNumber),
  };
}

function fixtureState(options: FixtureOptions, closing: AbortSignal): FixtureState {
  return {
    store: new FixtureStore(options.extraConsumers ?? 0),
    sessions: new SessionStore(options.sessionIdleMs ?? DEFAULT_SESSION_IDLE_MS),
    faults: new FaultBook(),
    navigator: SEED_NAVIGATOR,
    now: options.now ?? (() => new Date()),
    idVariant: options.idVariant ?? 'standard',
    householdPaddingElements: options.householdPaddingElements ?? 0,
    latencyMs: options.latencyMs ?? 0,
    closing,
  };
}

function fixtureControls(state: FixtureState, initialLatencyMs: number): FixtureControls {
  return {
    setFault: (rule) => state.faults.add(faultRuleSchema.parse(rule)),
    clearFaults: () => state.faults.clear(),
    setLatency: (ms) => {
      state.latencyMs = Math.max(0, ms);
    },
    expireSessions: () => state.sessions.dropAll(),
    consumers: () => state.store.consumers(),
    reset: () => {
      state.store.reset();
      state.faults.clear();
      state.sessions.dropAll();
      state.latencyMs = initialLatencyMs;
    },
  };
}

function checkCount(name: string, value: number | undefined, max: number): void {
  if (value !== undefined && !(Number.isInteger(value) && value >= 0 && value <= max)) {
    throw new Error(`${name} must be a whole number from 0 to ${max}, not ${value}`);
  }
}

function listen(server: Server, port: number, host: string): Promise<string> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      const address = server.address() as AddressInfo;
      const shownHost = address.family === 'IPv6' ? `[${address.address}]` : address.address;
      resolve(`http://${shownHost}:${address.port}`);
    });
  });
}

function closeServer(server: Server, shutdown: AbortController): Promise<void> {
  shutdown.abort();
  if (!server.listening) {
    return Promise.resolve();
  }
  return new Promise((resolve, reject) => {
    server.close((error) => (error ? reject(error) : resolve()));
    // Idle keep-alive and held connections would otherwise keep `close` waiting.
    server.closeAllConnections();
  });
}
