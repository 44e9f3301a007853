/** The real portal hosts: the only hosts the packaged extension runs on. */
export const PORTAL_MATCHES = ['https://*.mnsure.org/*'];

/** The local portal fixture's hosts, added to development and test builds only. */
export const FIXTURE_MATCHES = ['http://127.0.0.1/*', 'http://localhost/*'];
