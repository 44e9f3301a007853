/**
 * Calls to QEST's JSON API. A refused form (`422`, `409`) comes back as data for the screen to
 * show; anything the screen cannot handle itself throws an `ApiFailure` the app turns into a
 * screen of its own (login, maintenance, error).
 */

/** Why an API call failed: `session`, `maintenance`, `server`, `forbidden`, `notFound` or `network`. */
export class ApiFailure extends Error {
  constructor(kind, status, body) {
    super(`QEST API ${kind} (${status})`);
    this.kind = kind;
    this.status = status;
    this.body = body;
  }
}

const FAILURE_KINDS = { 401: 'session', 403: 'forbidden', 404: 'notFound', 503: 'maintenance' };

/** Statuses whose body the screen shows itself. */
const ANSWERED_STATUSES = new Set([200, 201, 409, 422]);

/**
 * Calls the API: `api('/qest/api/consumers')`, or with `{ method, body, headers }`. Resolves
 * `{ status, data }`; throws `ApiFailure` otherwise.
 */
export async function api(path, { method = 'GET', body, headers = {} } = {}) {
  let response;
  try {
    response = await fetch(path, {
      method,
      credentials: 'same-origin',
      headers: {
        accept: 'application/json',
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...headers,
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    throw new ApiFailure('network', 0, null);
  }

  const data = await response.json().catch(() => null);
  if (ANSWERED_STATUSES.has(response.status)) {
    return { status: response.status, data };
  }
  throw new ApiFailure(FAILURE_KINDS[response.status] ?? 'server', response.status, data);
}
