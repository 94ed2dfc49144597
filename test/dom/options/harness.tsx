/**
 * Renders the real options page into a div over the in-memory browser. Each test file must
 * replace src/platform/browser.ts first (vi.mock is hoisted per file), then import this.
 */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import type { Settings } from '../../../src/core/settings/types.ts';
import type { MemoryBrowser } from '../../../src/platform/memory.ts';
import { browser } from '../../../src/platform/browser.ts';
import { loadSettings, onSettingsChanged, saveSettings } from '../../../src/platform/settings-store.ts';
import { OptionsPage } from '../../../src/options/OptionsPage.tsx';
import { createOptionsStore, type OptionsStore } from '../../../src/options/store.ts';

export const memory = browser as unknown as MemoryBrowser;

export interface Mounted {
  root: HTMLElement;
  store: OptionsStore;
  $<T extends Element = HTMLElement>(selector: string): T;
  $$<T extends Element = HTMLElement>(selector: string): T[];
  unmount(): void;
}

export async function mount(options: { local?: Settings; managed?: Record<string, unknown> } = {}): Promise<Mounted> {
  await memory.storage.local.clear();
  await memory.storage.managed.clear();
  if (options.local) await memory.storage.local.set({ settings: options.local });
  if (options.managed) await memory.storage.managed.set(options.managed);
  const store = createOptionsStore(await loadSettings(), { saveSettings });
  // As main.tsx does: follow changes made elsewhere (another tab, a policy update).
  const listening = new AbortController();
  onSettingsChanged((loaded) => store.reload(loaded), listening.signal);
  const root = document.createElement('div');
  document.body.append(root);
  await act(() => render(<OptionsPage store={store} />, root));
  const $ = <T extends Element = HTMLElement>(selector: string): T => {
    const el = root.querySelector<T>(selector);
    if (!el) throw new Error(`No element matches ${selector}`);
    return el;
  };
  return {
    root,
    store,
    $,
    $$: (selector) => [...root.querySelectorAll(selector)] as never,
    unmount() {
      listening.abort();
      render(null, root);
      root.remove();
    },
  };
}

/** Types into a text control as a person would: the value changes, then an input event. */
export async function typeInto(el: Element, value: string): Promise<void> {
  await act(() => {
    (el as HTMLInputElement).value = value;
    el.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

export async function click(el: Element): Promise<void> {
  await act(async () => {
    (el as HTMLElement).click();
  });
  await settle();
}

/** Lets pending storage writes and the renders they cause finish. */
export async function settle(): Promise<void> {
  for (let i = 0; i < 3; i++) await act(async () => { await new Promise((r) => setTimeout(r, 0)); });
}

export async function stored(): Promise<Settings | undefined> {
  return (await memory.storage.local.get('settings'))['settings'] as Settings | undefined;
}
