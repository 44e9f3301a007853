import { readdirSync, readFileSync } from 'node:fs';
import type { PortalContext } from '../generation';
import type { PortalReply } from '../reply';
import type { PortalRoute } from '../router';

/**
 * The browser side of QEST: plain JavaScript modules and one stylesheet in `qest/client/`, served
 * as they are under `/qest/assets/<file>`. No build step and no outside library, as the extension
 * must never depend on anything but what the portal page does.
 */

const CLIENT_DIR = new URL('./client/', import.meta.url);

const CONTENT_TYPES: Record<string, string> = {
  js: 'text/javascript; charset=utf-8',
  css: 'text/css; charset=utf-8',
};

/**
 * Assets may be cached for a while, like a real portal's bundles: they never change while a
 * fixture runs, and a browser that reloads a screen then loads only the shell and the data.
 */
const CACHE_SECONDS = 300;

/** An asset's body and content type. */
interface Asset {
  body: string;
  contentType: string;
}

let cachedAssets: Map<string, Asset> | undefined;

/** The asset route; the files are read once, on first use. */
export function assetRoutes(): PortalRoute[] {
  return [{ method: 'GET', pattern: '/qest/assets/:file', isPublic: true, handle: serveAsset }];
}

function serveAsset(context: PortalContext): PortalReply {
  const asset = clientAssets().get(context.params.file ?? '');
  if (!asset) {
    return { kind: 'send', status: 404, headers: { 'content-type': 'text/plain' }, body: '' };
  }
  return {
    kind: 'send',
    status: 200,
    headers: { 'content-type': asset.contentType, 'cache-control': `max-age=${CACHE_SECONDS}` },
    body: asset.body,
  };
}

function clientAssets(): Map<string, Asset> {
  if (!cachedAssets) {
    cachedAssets = new Map();
    for (const file of readdirSync(CLIENT_DIR)) {
      const contentType = CONTENT_TYPES[file.split('.').pop() ?? ''];
      if (contentType) {
        cachedAssets.set(file, {
          body: readFileSync(new URL(file, CLIENT_DIR), 'utf8'),
          contentType,
        });
      }
    }
  }
  return cachedAssets;
}
