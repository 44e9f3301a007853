import type { CDPSession } from 'playwright-core';
import type { ExtensionBrowser } from '../lib/extension-browser';

const MB = 1024 * 1024;

/** Something that sends DevTools protocol commands to one target. */
interface ProtocolSender {
  send(method: string, params?: object): Promise<unknown>;
}

/**
 * JavaScript heap in use by a target's isolate after a forced garbage collection, in MB
 * (`HeapProfiler.collectGarbage`, then `Runtime.getHeapUsage`).
 */
export async function heapUsedMb(target: CDPSession | ProtocolSender): Promise<number> {
  const sender = target as ProtocolSender;
  await sender.send('HeapProfiler.collectGarbage');
  const usage = (await sender.send('Runtime.getHeapUsage')) as { usedSize: number };
  return usage.usedSize / MB;
}

/**
 * A DevTools protocol channel to the extension's service worker. Playwright opens sessions on
 * pages only, so this attaches from a browser session and passes messages through `Target`.
 */
export async function serviceWorkerProtocol(
  browser: ExtensionBrowser,
): Promise<ProtocolSender & { detach(): Promise<void> }> {
  const cdp = await browser.context.browser()!.newBrowserCDPSession();
  const { targetInfos } = (await cdp.send('Target.getTargets')) as {
    targetInfos: { targetId: string; type: string; url: string }[];
  };
  const target = targetInfos.find(
    (info) => info.type === 'service_worker' && info.url.includes(browser.extensionId),
  );
  if (!target) throw new Error('the extension service worker is not running');
  const { sessionId } = await cdp.send('Target.attachToTarget', {
    targetId: target.targetId,
    flatten: false,
  });

  let lastId = 0;
  const waiting = new Map<number, (message: { result?: unknown; error?: unknown }) => void>();
  cdp.on('Target.receivedMessageFromTarget', (event) => {
    if (event.sessionId !== sessionId) return;
    const message = JSON.parse(event.message) as { id?: number; result?: unknown };
    if (message.id !== undefined) waiting.get(message.id)?.(message);
  });

  return {
    send: (method, params = {}) => {
      lastId += 1;
      const id = lastId;
      const answered = new Promise<{ result?: unknown; error?: unknown }>((resolve) =>
        waiting.set(id, resolve),
      );
      const message = JSON.stringify({ id, method, params });
      return cdp
        .send('Target.sendMessageToTarget', { sessionId, message })
        .then(() => answered)
        .then((answer) => {
          waiting.delete(id);
          if (answer.error) throw new Error(`${method}: ${JSON.stringify(answer.error)}`);
          return answer.result;
        });
    },
    detach: async () => {
      await cdp.send('Target.detachFromTarget', { sessionId }).catch(() => undefined);
      await cdp.detach();
    },
  };
}
