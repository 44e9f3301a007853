import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from 'node:http';
import type { PortalReply } from './reply';

/** Larger bodies are refused: no portal form comes close. */
const MAX_BODY_BYTES = 64 * 1024;

/** A request body was larger than any portal form could send. */
export class BodyTooLargeError extends Error {}

/** The parts of an HTTP request the fixture works with. */
export interface PortalRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  /** The `application/x-www-form-urlencoded` body; empty for GET. */
  form: URLSearchParams;
  /** The raw body text (for the JSON control API). */
  bodyText: string;
  cookies: Map<string, string>;
  /** Request headers, names in lower case (QEST's API reads its CSRF header here). */
  headers: IncomingHttpHeaders;
  /** Path and query, for a login redirect's `next`. */
  pathWithQuery: string;
}

/** Reads method, URL, cookies and (for POST) the body of a request. */
export async function readPortalRequest(request: IncomingMessage): Promise<PortalRequest> {
  const url = new URL(request.url ?? '/', 'http://fixture.invalid');
  const method = (request.method ?? 'GET').toUpperCase();
  const bodyText = method === 'POST' ? await readBody(request) : '';
  return {
    method,
    path: url.pathname,
    query: url.searchParams,
    form: new URLSearchParams(bodyText),
    bodyText,
    cookies: parseCookies(request.headers.cookie),
    headers: request.headers,
    pathWithQuery: url.pathname + url.search,
  };
}

/** Writes a reply: sends it, or destroys the connection for a `drop`. `hold` is the caller's. */
export function writeReply(response: ServerResponse, reply: PortalReply): void {
  if (reply.kind !== 'send') {
    response.socket?.destroy();
    return;
  }
  if (response.destroyed || response.headersSent) {
    return;
  }
  response.writeHead(reply.status, reply.headers);
  response.end(reply.body);
}

/** Parses a `Cookie` header into name/value pairs. */
export function parseCookies(header: string | undefined): Map<string, string> {
  const cookies = new Map<string, string>();
  for (const pair of (header ?? '').split(';')) {
    const separator = pair.indexOf('=');
    if (separator > 0) {
      cookies.set(pair.slice(0, separator).trim(), pair.slice(separator + 1).trim());
    }
  }
  return cookies;
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    const buffer = chunk as Buffer;
    size += buffer.length;
    if (size > MAX_BODY_BYTES) {
      throw new BodyTooLargeError(`request body over ${MAX_BODY_BYTES} bytes`);
    }
    chunks.push(buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}
