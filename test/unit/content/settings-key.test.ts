import { describe, expect, it, vi } from 'vitest';
import { SETTINGS_KEY } from '../../../src/core/settings/storageRepair.ts';
import { createMemoryBrowser } from '../../../src/platform/memory.ts';

const fake = vi.hoisted(() => ({ browser: null as unknown }));
vi.mock('../../../src/platform/browser.ts', () => fake);
fake.browser = createMemoryBrowser();
const memory = fake.browser as ReturnType<typeof createMemoryBrowser>;
const { STORED_SETTINGS_KEY, onSettingsChanged } = await import('../../../src/content/settings.ts');

describe('content script settings', () => {
  it('listens to the key the settings are stored under', () => {
    // The content script cannot import storageRepair.ts (it would carry the schema): this test
    // holds its copy of the key to the real one.
    expect(STORED_SETTINGS_KEY).toBe(SETTINGS_KEY);
  });

  it('fetches fresh settings from the background when they change, and stops on abort', async () => {
    const controller = new AbortController();
    const received: unknown[] = [];
    let served = 0;
    memory.runtime.onMessage.addListener((message) => {
      if ((message as { type?: string }).type !== 'bg:get-settings') return undefined;
      served++;
      return Promise.resolve({ settings: { schemaVersion: served }, locked: [], problems: [] });
    });
    onSettingsChanged((s) => received.push(s), (e) => received.push(e), controller.signal);
    await memory.storage.local.set({ unrelated: 1 });
    await memory.storage.local.set({ [SETTINGS_KEY]: { any: 'thing' } });
    await vi.waitFor(() => expect(received).toEqual([{ schemaVersion: 1 }]));
    controller.abort();
    await memory.storage.local.set({ [SETTINGS_KEY]: { any: 'other' } });
    await new Promise((r) => setTimeout(r, 20));
    expect(received).toHaveLength(1);
  });
});
