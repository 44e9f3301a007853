import { parseArgs } from 'node:util';
import { startPortalFixture } from './server';

/**
 * Runs the portal fixture until SIGINT or SIGTERM:
 * `npx tsx portal-fixture/cli.ts [--port N] [--latency MS]` (port defaults to `PORT` or 4780).
 */

const DEFAULT_PORT = 4780;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { port: { type: 'string' }, latency: { type: 'string' } },
  });
  const port = wholeNumber('--port', values.port ?? process.env.PORT ?? String(DEFAULT_PORT));
  const latencyMs = wholeNumber('--latency', values.latency ?? '0');

  const fixture = await startPortalFixture({ port, latencyMs });
  console.log(`[portal-fixture] METS portal at ${fixture.url}/mets/login`);
  console.log(`[portal-fixture] QEST portal at ${fixture.url}/qest/`);
  console.log('[portal-fixture] Sign in as navigator1 with any password.');
  console.log(`[portal-fixture] Control API at ${fixture.url}/__fixture/state`);

  const stop = (): void => {
    void fixture.close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

function wholeNumber(name: string, text: string): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value < 0) {
    throw new Error(`${name} must be a whole number, not "${text}"`);
  }
  return value;
}

main().catch((error: unknown) => {
  console.error('[portal-fixture]', error instanceof Error ? error.message : error);
  process.exit(1);
});
