/** Mounts the real popup on the in-memory browser, with a stand-in content script for tab 7. */
import { render } from 'preact';
import { vi } from 'vitest';
import type { Settings } from '../../../src/core/settings/types.ts';
import type { InsertOutcome, TabState } from '../../../src/platform/message-types.ts';
import { handleMessages } from '../../../src/platform/messages.ts';
import { createExtensionBackend } from '../../../src/popup/extensionBackend.ts';
import { Popup } from '../../../src/popup/Popup.tsx';
import { createPopupStore, type PopupStore } from '../../../src/popup/store.ts';

export const TAB_ID = 7;

export interface FakeTab {
  state: TabState;
  inserted: Array<{ commentId: string; text: string }>;
  outcome: InsertOutcome;
  shown: string[];
}

/** Answers the popup's tab messages as the content script would; abort to "close the tab". */
export function fakeContentScript(state: TabState, signal: AbortSignal): FakeTab {
  const tab: FakeTab = { state, inserted: [], outcome: { ok: true, method: 'paste', message: 'Inserted.' }, shown: [] };
  handleMessages({
    'tab:get-state': () => structuredClone(tab.state),
    'tab:insert-reply': (payload) => (tab.inserted.push(payload), tab.outcome),
    'tab:show-comment': ({ commentId }) => (tab.shown.push(commentId), true),
  }, signal);
  return tab;
}

export interface Mounted {
  root: HTMLElement;
  store: PopupStore;
  $: <E extends Element = HTMLElement>(testId: string) => E | null;
  $$: (testId: string) => HTMLElement[];
  unmount(): void;
}

export async function mountPopup(search = ''): Promise<Mounted> {
  const root = document.createElement('div');
  document.body.append(root);
  const store = createPopupStore(createExtensionBackend(search));
  render(<Popup store={store} />, root);
  await vi.waitFor(() => {
    if (store.phase.value === 'loading') throw new Error('still loading');
  });
  await settle();
  return {
    root,
    store,
    $: (id) => root.querySelector(`[data-testid="${id}"]`),
    $$: (id) => [...root.querySelectorAll<HTMLElement>(`[data-testid="${id}"]`)],
    unmount() {
      render(null, root);
      root.remove();
    },
  };
}

/** Lets signals re-render and pending promises run. */
export async function settle(): Promise<void> {
  for (let i = 0; i < 3; i++) await new Promise((r) => setTimeout(r, 0));
}

export function key(target: Element, keyName: string): void {
  target.dispatchEvent(new KeyboardEvent('keydown', { key: keyName, bubbles: true, cancelable: true }));
}

export type { Settings };
