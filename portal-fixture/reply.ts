import type { SafeHtml } from './html';

/**
 * What a handler answers, kept apart from Node's response object so handlers stay plain
 * functions: send a response, hold the connection open without answering, or drop it.
 */
export type PortalReply =
  | { kind: 'send'; status: number; headers: Record<string, string | string[]>; body: string }
  | { kind: 'hold'; ms: number }
  | { kind: 'drop' };

/** Pages must never be cached: the extension reads what the portal shows now. */
const NO_STORE = { 'cache-control': 'no-store' };

/** An HTML page with the given status. */
export function htmlReply(
  status: number,
  page: SafeHtml,
  headers: Record<string, string | string[]> = {},
): PortalReply {
  return {
    kind: 'send',
    status,
    headers: { 'content-type': 'text/html; charset=utf-8', ...NO_STORE, ...headers },
    body: page.text,
  };
}

/** A JSON body with the given status. */
export function jsonReply(status: number, value: unknown): PortalReply {
  return {
    kind: 'send',
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', ...NO_STORE },
    body: JSON.stringify(value),
  };
}

/** A `302` to a same-origin path. */
export function redirectReply(
  location: string,
  headers: Record<string, string | string[]> = {},
): PortalReply {
  return { kind: 'send', status: 302, headers: { location, ...NO_STORE, ...headers }, body: '' };
}

/** Hold the request open without answering, then drop the connection. */
export function holdReply(ms: number): PortalReply {
  return { kind: 'hold', ms };
}

/** Drop the connection without any response. */
export function dropReply(): PortalReply {
  return { kind: 'drop' };
}
