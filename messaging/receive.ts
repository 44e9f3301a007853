import type { z } from 'zod';
import { logger } from '../logging/logger';
import { messenger, type ProtocolMap } from './protocol';
import { grantedPortalPatterns, isExpectedSender, type SenderKind } from './senders';

const log = logger('messaging');

type Handler<K extends keyof ProtocolMap> = (
  data: Parameters<ProtocolMap[K]>[0],
  sender: chrome.runtime.MessageSender,
) => Promise<ReturnType<ProtocolMap[K]>> | ReturnType<ProtocolMap[K]>;

/**
 * Registers the handler of one message type. The sender is checked and the data validated with
 * zod before the handler runs; a refused message answers with an error that names the field, so
 * a caller never receives undefined.
 */
export function receive<K extends keyof ProtocolMap>(
  type: K,
  schema: z.ZodType,
  from: SenderKind,
  handler: Handler<K>,
): void {
  messenger.onMessage(type, async ({ data, sender }) => {
    const patterns = from === 'portal-tab' ? await grantedPortalPatterns() : [];
    if (!isExpectedSender(sender, from, patterns)) {
      log.warn(`refused ${type}: unexpected sender`);
      throw new Error(`${type}: refused, the sender is not allowed to send it`);
    }

    const parsed = schema.safeParse(data);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const field = issue?.path.join('.') || 'data';
      log.warn(`refused ${type}: invalid ${field}`);
      throw new Error(`${type}: invalid ${field}: ${issue?.message ?? 'not valid'}`);
    }
    return handler(parsed.data as Parameters<ProtocolMap[K]>[0], sender);
  });
}
