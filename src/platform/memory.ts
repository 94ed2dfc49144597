/**
 * An in-memory stand-in for the parts of the WebExtension API that CalmReply uses, for Node tests
 * (vi.mock('…/platform/browser.ts', () => ({ browser: createMemoryBrowser() }))). It copies values
 * through structuredClone as the real storage does, and fires onChanged like the browser.
 */
type Changes = Record<string, { oldValue?: unknown; newValue?: unknown }>;
type ChangeListener = (changes: Changes, area: string) => void;
type MessageListener = (message: unknown, sender: { tab?: { id?: number }; url?: string }) => unknown;

export interface MemoryArea {
  get(keys?: string | string[] | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
  clear(): Promise<void>;
  /** Test hook: make the next writes fail, as a full quota does. */
  failWrites(error: Error | null): void;
}

function createArea(name: string, listeners: Set<ChangeListener>): MemoryArea {
  const data = new Map<string, unknown>();
  let failure: Error | null = null;
  const emit = (changes: Changes) => {
    if (Object.keys(changes).length > 0) for (const l of listeners) l(changes, name);
  };
  return {
    async get(keys) {
      const wanted = keys === null || keys === undefined ? [...data.keys()] : typeof keys === 'string' ? [keys] : keys;
      const out: Record<string, unknown> = {};
      for (const k of wanted) if (data.has(k)) out[k] = structuredClone(data.get(k));
      return out;
    },
    async set(items) {
      if (failure) throw failure;
      const changes: Changes = {};
      for (const [k, v] of Object.entries(items)) {
        changes[k] = { oldValue: data.get(k), newValue: structuredClone(v) };
        data.set(k, structuredClone(v));
      }
      emit(changes);
    },
    async remove(keys) {
      const changes: Changes = {};
      for (const k of typeof keys === 'string' ? [keys] : keys) {
        if (!data.has(k)) continue;
        changes[k] = { oldValue: data.get(k) };
        data.delete(k);
      }
      emit(changes);
    },
    async clear() {
      await this.remove([...data.keys()]);
    },
    failWrites(error) {
      failure = error;
    },
  };
}

export function createMemoryBrowser() {
  const changeListeners = new Set<ChangeListener>();
  const messageListeners = new Set<MessageListener>();
  const dispatch = async (message: unknown, sender: { tab?: { id?: number }; url?: string }) => {
    for (const l of messageListeners) {
      const reply = l(message, sender);
      if (reply !== undefined) return reply;
    }
    throw new Error('Could not establish connection. Receiving end does not exist.');
  };
  return {
    storage: {
      local: createArea('local', changeListeners),
      session: createArea('session', changeListeners),
      managed: createArea('managed', changeListeners),
      onChanged: {
        addListener: (l: ChangeListener) => void changeListeners.add(l),
        removeListener: (l: ChangeListener) => void changeListeners.delete(l),
        hasListeners: () => changeListeners.size > 0,
      },
    },
    runtime: {
      onMessage: {
        addListener: (l: MessageListener) => void messageListeners.add(l),
        removeListener: (l: MessageListener) => void messageListeners.delete(l),
        hasListeners: () => messageListeners.size > 0,
      },
      sendMessage: (message: unknown) => dispatch(message, {}),
      getManifest: () => ({ version: '0.0.0-test' }),
    },
    tabs: {
      sendMessage: (tabId: number, message: unknown) => dispatch(message, { tab: { id: tabId } }),
    },
  };
}

export type MemoryBrowser = ReturnType<typeof createMemoryBrowser>;
