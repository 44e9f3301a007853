import type { IncomingMessage, ServerResponse } from 'node:http';
import { sleep } from './delays';
import { faultDelayMs, type FaultKind, type FaultRule, type FaultTarget } from './faults';
import type { FixtureState, PortalContext, PortalGeneration } from './generation';
import { BodyTooLargeError, readPortalRequest, writeReply, type PortalRequest } from './http-io';
import { holdReply, jsonReply, redirectReply, type PortalReply } from './reply';
import { matchRoute } from './router';

/** Every control API path starts with this; it bypasses latency, faults and sessions. */
export const CONTROL_PREFIX = '/__fixture/';

/** Faults answered before routing, other than `slow`, which only delays. */
const ANSWERING_TRANSPORT_FAULTS = [
  'timeout',
  'error500',
  'maintenance503',
  'loginPage',
] as const satisfies readonly FaultKind[];

/** What the dispatcher needs from the running fixture. */
export interface DispatchDeps {
  state: FixtureState;
  /** The first generation also answers paths outside every generation's prefix. */
  generations: readonly [PortalGeneration, ...PortalGeneration[]];
  control(request: PortalRequest): PortalReply | Promise<PortalReply>;
}

/**
 * Answers one HTTP request: control API, or a portal page after latency, transport faults,
 * routing and the session check. Any failure becomes the generation's error page.
 */
export async function dispatchRequest(
  incoming: IncomingMessage,
  response: ServerResponse,
  deps: DispatchDeps,
): Promise<void> {
  let reply: PortalReply;
  try {
    const request = await readPortalRequest(incoming);
    reply = request.path.startsWith(CONTROL_PREFIX)
      ? await deps.control(request)
      : await replyToPortalRequest(request, deps);
  } catch (error) {
    if (deps.state.closing.aborted) {
      response.socket?.destroy();
      return;
    }
    reply = replyToFailure(error, deps.generations[0]);
  }
  await deliver(response, reply, deps.state.closing);
}

async function replyToPortalRequest(
  request: PortalRequest,
  deps: DispatchDeps,
): Promise<PortalReply> {
  const { state, generations } = deps;
  const generation = generationFor(request.path, generations);
  const target: FaultTarget = {
    method: request.method,
    path: request.path,
    caseNumber: generation.caseNumberOf(request),
  };
  await sleep(state.latencyMs, state.closing);

  const slow = state.faults.take(target, ['slow']);
  if (slow) {
    await sleep(faultDelayMs(slow), state.closing);
  }
  const fault = state.faults.take(target, ANSWERING_TRANSPORT_FAULTS);
  if (fault) {
    return replyToTransportFault(fault, request, generation, state);
  }
  if (request.path === '/') {
    return redirectReply(generations[0].home);
  }
  return routeRequest(request, target, generation, state);
}

function replyToTransportFault(
  fault: FaultRule,
  request: PortalRequest,
  generation: PortalGeneration,
  state: FixtureState,
): PortalReply {
  switch (fault.kind) {
    case 'timeout':
      return holdReply(faultDelayMs(fault));
    case 'error500':
      return generation.serverErrorPage(request);
    case 'maintenance503':
      return generation.maintenancePage(request);
    default:
      // The portal shows its login page in place of the page asked for, and the session is gone.
      state.sessions.drop(request.cookies.get(generation.sessionCookie));
      return generation.sessionEndedPage(request);
  }
}

async function routeRequest(
  request: PortalRequest,
  target: FaultTarget,
  generation: PortalGeneration,
  state: FixtureState,
): Promise<PortalReply> {
  const match = matchRoute(generation.routes, request.method, request.path);
  const isNcafSubmission = match?.route.isNcafSubmission === true;
  const takeFault = (kinds: readonly FaultKind[]): FaultRule | undefined =>
    isNcafSubmission ? state.faults.take(target, kinds) : undefined;
  const cookie = request.cookies.get(generation.sessionCookie);
  if (takeFault(['expireMidForm'])) {
    state.sessions.drop(cookie);
  }

  const session = state.sessions.use(cookie);
  if (match?.route.isPublic !== true && !session) {
    return generation.signInRequired(request);
  }
  const context: PortalContext = {
    request,
    params: match?.params ?? {},
    session,
    state,
    takeFault,
  };
  return match ? match.route.handle(context) : generation.notFoundPage(context);
}

function generationFor(path: string, generations: DispatchDeps['generations']): PortalGeneration {
  const owner = generations.find(
    (generation) => path === generation.prefix || path.startsWith(`${generation.prefix}/`),
  );
  return owner ?? generations[0];
}

function replyToFailure(error: unknown, generation: PortalGeneration): PortalReply {
  if (error instanceof BodyTooLargeError) {
    return jsonReply(413, { error: error.message });
  }
  console.error('[portal-fixture] request failed:', error);
  return generation.serverErrorPage();
}

async function deliver(
  response: ServerResponse,
  reply: PortalReply,
  closing: AbortSignal,
): Promise<void> {
  if (reply.kind === 'hold') {
    // Held until the time is up or the fixture closes; either way the client gets no answer.
    await sleep(reply.ms, closing).catch(() => undefined);
  }
  writeReply(response, reply);
}
