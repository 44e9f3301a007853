import type { PortalRequest } from '../http-io';
import { jsonReply, type PortalReply } from '../reply';
import type { FieldError } from './field-checks';

/**
 * How QEST's JSON API answers: data as is; a failure as `{ error: { code, message } }`; a form
 * the API refused as `422 { errors: [{ field, message }] }`.
 */

/** Every QEST API path starts with this. */
export const QEST_API_PREFIX = '/qest/api/';

/** Seconds the maintenance answer suggests waiting, sent as `Retry-After`. */
const MAINTENANCE_RETRY_AFTER_SECONDS = '300';

/** The codes of QEST's failure answers. */
export type ApiErrorCode =
  | 'BAD_REQUEST'
  | 'INVALID_CREDENTIALS'
  | 'SESSION_EXPIRED'
  | 'CSRF_REJECTED'
  | 'NOT_FOUND'
  | 'SERVER_ERROR'
  | 'MAINTENANCE';

/** Whether a request is for the JSON API (not a screen, frame or asset). */
export function isApiRequest(request: PortalRequest): boolean {
  return request.path.startsWith(QEST_API_PREFIX);
}

/** A failure answer. */
export function apiError(status: number, code: ApiErrorCode, message: string): PortalReply {
  return jsonReply(status, { error: { code, message } });
}

/** `422` with each refused field and its message, and any extra fields (a fresh CSRF token). */
export function fieldErrorsReply(
  errors: readonly FieldError[],
  extra: Record<string, unknown> = {},
): PortalReply {
  return jsonReply(422, { errors, ...extra });
}

/** `401`: no session, or it ended. */
export function sessionExpiredReply(): PortalReply {
  return apiError(401, 'SESSION_EXPIRED', 'Your session has ended. Sign in again to continue.');
}

/** `503` maintenance, in JSON. */
export function maintenanceJsonReply(): PortalReply {
  const reply = apiError(
    503,
    'MAINTENANCE',
    'QEST is down for scheduled maintenance. Try again later.',
  );
  return withHeader(reply, 'retry-after', MAINTENANCE_RETRY_AFTER_SECONDS);
}

/** `500`, in JSON. */
export function serverErrorJsonReply(): PortalReply {
  return apiError(500, 'SERVER_ERROR', 'Something went wrong on our side. Try again.');
}

/** `404`, in JSON. */
export function notFoundJsonReply(): PortalReply {
  return apiError(404, 'NOT_FOUND', 'There is nothing at this address.');
}

/** Adds a header to a reply that sends. */
export function withHeader(reply: PortalReply, name: string, value: string): PortalReply {
  return reply.kind === 'send' ? { ...reply, headers: { ...reply.headers, [name]: value } } : reply;
}

/** A request's JSON body as an object, or undefined when it is not a JSON object. */
export function jsonBodyOf(request: PortalRequest): Record<string, unknown> | undefined {
  try {
    const body: unknown = JSON.parse(request.bodyText);
    return typeof body === 'object' && body !== null && !Array.isArray(body)
      ? (body as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}

/** A string field of a JSON body, trimmed; empty when absent or not a string. */
export function textField(body: Record<string, unknown>, name: string): string {
  const value = body[name];
  return typeof value === 'string' ? value.trim() : '';
}

/** `400` for a body that is not a JSON object. */
export function badRequestReply(): PortalReply {
  return apiError(400, 'BAD_REQUEST', 'The request body must be a JSON object.');
}

/** Runs `act` with the request's JSON body, or answers `400`. */
export function withJsonBody(
  request: PortalRequest,
  act: (body: Record<string, unknown>) => PortalReply,
): PortalReply {
  const body = jsonBodyOf(request);
  return body ? act(body) : badRequestReply();
}
