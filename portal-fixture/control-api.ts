import { z } from 'zod';
import { faultRuleSchema, type FaultRule } from './faults';
import type { FixtureState } from './generation';
import type { PortalRequest } from './http-io';
import type { Association, Consumer } from './records';
import { jsonReply, type PortalReply } from './reply';
import type { CaseCounts } from './store';

/**
 * The JSON control API under `/__fixture/`, for code in another process (demo, benchmarks,
 * manual use). Bodies are validated; a bad one gets a 400 naming the field.
 */

/** The highest latency the control API accepts, in milliseconds. */
const MAX_LATENCY_MS = 600_000;

/** Body of `POST /__fixture/latency`. */
export const latencyBodySchema = z.strictObject({
  ms: z.number().int().nonnegative().max(MAX_LATENCY_MS),
});

/** What `GET /__fixture/state` answers. */
export interface FixtureSnapshot {
  associations: Association[];
  /** Keyed by case number: every seeded case plus any case number an NCAF was submitted for. */
  cases: Record<string, CaseCounts>;
  faults: FaultRule[];
  latencyMs: number;
  sessions: number;
}

/** The fixture operations the control API exposes. */
export interface FixtureControls {
  setFault(rule: FaultRule): void;
  clearFaults(): void;
  setLatency(ms: number): void;
  expireSessions(): void;
  reset(): void;
  consumers(): Consumer[];
}

/** The state summary served by `GET /__fixture/state`. */
export function snapshotOf(state: FixtureState): FixtureSnapshot {
  return {
    associations: state.store.associations(),
    cases: state.store.caseCounts(),
    faults: state.faults.active(),
    latencyMs: state.latencyMs,
    sessions: state.sessions.count(),
  };
}

type ControlHandler = (
  request: PortalRequest,
  state: FixtureState,
  controls: FixtureControls,
) => PortalReply;

const CONTROL_HANDLERS: Record<string, ControlHandler> = {
  'GET /__fixture/state': (_request, state) => jsonReply(200, snapshotOf(state)),
  'GET /__fixture/consumers': (_request, _state, controls) => jsonReply(200, controls.consumers()),
  'POST /__fixture/faults': (request, state, controls) =>
    withValidBody(request, faultRuleSchema, (rule) => {
      controls.setFault(rule);
      return okReply(state);
    }),
  'DELETE /__fixture/faults': (_request, state, controls) => {
    controls.clearFaults();
    return okReply(state);
  },
  'POST /__fixture/latency': (request, state, controls) =>
    withValidBody(request, latencyBodySchema, ({ ms }) => {
      controls.setLatency(ms);
      return okReply(state);
    }),
  'POST /__fixture/expire-sessions': (_request, state, controls) => {
    controls.expireSessions();
    return okReply(state);
  },
  'POST /__fixture/reset': (_request, state, controls) => {
    controls.reset();
    return okReply(state);
  },
};

/** Answers one control API request. */
export function handleControlRequest(
  request: PortalRequest,
  state: FixtureState,
  controls: FixtureControls,
): PortalReply {
  const endpoint = `${request.method} ${request.path}`;
  const handler = CONTROL_HANDLERS[endpoint];
  return handler
    ? handler(request, state, controls)
    : jsonReply(404, { error: `No control endpoint ${endpoint}` });
}

function okReply(state: FixtureState): PortalReply {
  return jsonReply(200, { ok: true, state: snapshotOf(state) });
}

function withValidBody<T>(
  request: PortalRequest,
  schema: z.ZodType<T>,
  act: (body: T) => PortalReply,
): PortalReply {
  let body: unknown;
  try {
    body = JSON.parse(request.bodyText);
  } catch {
    return jsonReply(400, { error: 'The body must be JSON.', field: '(body)' });
  }

  const parsed = schema.safeParse(body);
  return parsed.success ? act(parsed.data) : jsonReply(400, describeInvalidBody(parsed.error));
}

/** Names the first bad field of an invalid body. */
export function describeInvalidBody(error: z.ZodError): { error: string; field: string } {
  const issue = error.issues[0];
  if (!issue) {
    return { error: 'The body is not valid.', field: '(body)' };
  }

  const field =
    issue.code === 'unrecognized_keys'
      ? (issue.keys[0] ?? '(body)')
      : issue.path.map(String).join('.') || '(body)';
  const problem = issue.code === 'unrecognized_keys' ? 'is not a known field' : issue.message;
  return { error: `${field}: ${problem}`, field };
}
