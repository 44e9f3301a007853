/**
 * Answers every message whose type the protocol does not know with an error, so a caller never
 * waits on or receives undefined. Known types are left to their own handlers.
 */
export function refuseUnknownMessages(knownTypes: readonly string[]): void {
  chrome.runtime.onMessage.addListener((message: unknown, _sender, sendResponse) => {
    const type = (message as { type?: unknown } | null)?.type;
    if (typeof type === 'string' && knownTypes.includes(type)) return false;
    sendResponse({
      err: { message: `refused: unknown message type ${JSON.stringify(type ?? null)}` },
    });
    return false;
  });
}
