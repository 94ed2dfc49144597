import { describe, expect, it, vi } from 'vitest';
import { SETTINGS_KEY } from '../../../src/core/settings/storageRepair.ts';
import { defaultSettings } from '../../../src/core/settings/defaults.ts';
import { createMemoryBrowser } from '../../../src/platform/memory.ts';

const fake = vi.hoisted(() => ({ browser: null as unknown }));
vi.mock('../../../src/platform/browser.ts', () => fake);
fake.browser = createMemoryBrowser();
const memory = fake.browser as ReturnType<typeof createMemoryBrowser>;
const { classifyBatch, MAX_BATCH, useSettingsForTagging, watchSettingsForTagging } = await import('../../../src/background/classify.ts');

const ids = (result: { tags: { id: string }[][] }) => result.tags.map((t) => t.map((h) => h.id));
const URGENT = 'my dad cant breathe properly and his lips look blue';

describe('tagging in the background', () => {
  it('answers one list of tags per text, in order', async () => {
    const result = await classifyBatch(['what time do you open on saturday', URGENT]);
    expect(result.tags).toHaveLength(2);
    expect(ids(result)[0]).toEqual([]);
    expect(ids(result)[1]).toContain('urgent');
  });

  it('follows the stored settings when they change', async () => {
    watchSettingsForTagging(new AbortController().signal);
    const off = defaultSettings();
    off.categories.urgent.enabled = false;
    await memory.storage.local.set({ [SETTINGS_KEY]: off });
    expect(ids(await classifyBatch([URGENT]))[0]).not.toContain('urgent');
    useSettingsForTagging(defaultSettings());
    expect(ids(await classifyBatch([URGENT]))[0]).toContain('urgent');
  });

  it('refuses anything but a bounded list of strings', async () => {
    await expect(classifyBatch('text')).rejects.toThrow(/up to/);
    await expect(classifyBatch([1, 2])).rejects.toThrow(/up to/);
    await expect(classifyBatch(Array.from({ length: MAX_BATCH + 1 }, () => 'x'))).rejects.toThrow(/up to/);
  });
});
