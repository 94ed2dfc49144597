/** Typed message passing over runtime/tabs messaging. */
import { browser } from './browser.ts';
import type { MessageType, RequestOf, ResponseOf } from './message-types.ts';

export type * from './message-types.ts';

interface Envelope {
  calmreply: 1;
  type: MessageType;
  payload: unknown;
}

export interface Sender {
  tabId: number | undefined;
  url: string | undefined;
}

export type Handlers = {
  [K in MessageType]?: (payload: RequestOf<K>, sender: Sender) => ResponseOf<K> | Promise<ResponseOf<K>>;
};

function envelope<K extends MessageType>(type: K, payload: RequestOf<K>): Envelope {
  return { calmreply: 1, type, payload };
}

function isEnvelope(value: unknown): value is Envelope {
  return typeof value === 'object' && value !== null && (value as Envelope).calmreply === 1 &&
    typeof (value as Envelope).type === 'string';
}

/** To the content script of one tab (rejects when the tab has none, e.g. not a Facebook tab). */
export async function sendToTab<K extends MessageType>(tabId: number, type: K, payload: RequestOf<K>): Promise<ResponseOf<K>> {
  return (await browser.tabs.sendMessage(tabId, envelope(type, payload))) as ResponseOf<K>;
}

/** To the background and any open extension page. */
export async function sendToExtension<K extends MessageType>(type: K, payload: RequestOf<K>): Promise<ResponseOf<K>> {
  return (await browser.runtime.sendMessage(envelope(type, payload))) as ResponseOf<K>;
}

/** Answers the messages named in handlers until signal aborts; other messages are left alone. */
export function handleMessages(handlers: Handlers, signal: AbortSignal): void {
  if (signal.aborted) return;
  const listener = (message: unknown, sender: { tab?: { id?: number }; url?: string }) => {
    if (!isEnvelope(message)) return undefined;
    const handler = handlers[message.type] as ((payload: unknown, sender: Sender) => unknown) | undefined;
    if (!handler) return undefined;
    // Returning a promise is how the polyfill sends an asynchronous reply.
    return Promise.resolve(handler(message.payload, { tabId: sender.tab?.id, url: sender.url }));
  };
  browser.runtime.onMessage.addListener(listener);
  signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(listener), { once: true });
}
