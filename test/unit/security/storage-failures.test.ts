/**
 * Storage failures are reported, never swallowed, on the real code paths (the in-memory browser
 * stands in for the extension API): settings save, repair of a corrupt stored value, Move to
 * complaints, the complaints log's notes. The e2e tier repeats the key ones in real browsers.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createMemoryBrowser } from '../../../src/platform/memory.ts';
import { DEMO_PRACTICE } from '../../../scripts/lib/demo-practice.ts';

const fake = vi.hoisted(() => ({ browser: null as unknown }));
vi.mock('../../../src/platform/browser.ts', () => fake);
fake.browser = createMemoryBrowser();
const memory = fake.browser as ReturnType<typeof createMemoryBrowser>;

const { loadSettings, saveSettings } = await import('../../../src/platform/settings-store.ts');
const { StorageWriteError } = await import('../../../src/platform/storage.ts');
const { complaints } = await import('../../../src/platform/records.ts');
const { moveToComplaints, moveMessage } = await import('../../../src/actions/index.ts');
const { createLogStore } = await import('../../../src/complaints/store.ts');
const { createExtensionLogBackend } = await import('../../../src/complaints/backend.ts');
const { defaultSettings, SCHEMA_VERSION } = await import('../../../src/core/settings/defaults.ts');
const { createComplaintRecord } = await import('../../../src/core/complaints/record.ts');

const QUOTA = new Error('QUOTA_BYTES quota exceeded');
const settings = { ...defaultSettings(), practice: DEMO_PRACTICE };
const comment = {
  id: '7001', author: 'Jo Bloggs', firstName: 'Jo', text: 'I want to complain about the phones',
  permalink: 'https://www.facebook.com/p?comment_id=7001', tags: ['complaint' as const],
};

afterEach(async () => {
  memory.storage.local.failWrites(null);
  await memory.storage.local.clear();
});

describe('settings storage', () => {
  it('throws a StorageWriteError naming the key when a save is refused', async () => {
    memory.storage.local.failWrites(QUOTA);
    await expect(saveSettings(settings)).rejects.toBeInstanceOf(StorageWriteError);
    await expect(saveSettings(settings)).rejects.toThrow(/settings.*QUOTA_BYTES/);
  });

  it.each([
    ['a string', 'corrupt'],
    ['an array', [1, 2, 3]],
    ['wrong field types', { schemaVersion: SCHEMA_VERSION, practice: 5, categories: 'x' }],
    ['a newer version', { ...settings, schemaVersion: SCHEMA_VERSION + 1 }],
  ])('repairs %s and keeps the original under settings:backup', async (_what, corrupt) => {
    await memory.storage.local.set({ settings: corrupt });
    const loaded = await loadSettings();
    expect(loaded.problems.length).toBeGreaterThan(0);
    const stored = await memory.storage.local.get(null);
    expect(stored['settings:backup']).toEqual(corrupt);
    expect(stored['settings']).toEqual(loaded.local);
    expect(loaded.local.schemaVersion).toBe(SCHEMA_VERSION);
    // Read again: nothing left to repair, and the backup is not overwritten by the repaired value.
    expect((await loadSettings()).problems).toEqual([]);
    expect((await memory.storage.local.get('settings:backup'))['settings:backup']).toEqual(corrupt);
  });

  it('still starts, and says so, when the repaired value cannot be written', async () => {
    await memory.storage.local.set({ settings: 'corrupt' });
    memory.storage.local.failWrites(QUOTA);
    const loaded = await loadSettings();
    expect(loaded.settings.schemaVersion).toBe(SCHEMA_VERSION);
    expect(loaded.problems.join('\n')).toMatch(/could not save.*QUOTA_BYTES/);
    // The original is still there to be rescued.
    expect((await memory.storage.local.get('settings'))['settings']).toBe('corrupt');
  });
});

describe('Move to complaints when the log cannot be saved', () => {
  it('says so plainly and leaves the comment unhandled', async () => {
    memory.storage.local.failWrites(QUOTA);
    const result = await moveToComplaints({ comment, settings, insert: async () => ({ ok: true, method: 'paste', message: '' }) });
    expect(result.status).toBe('save-failed');
    expect(moveMessage(result, 'Jo')).toMatch(/could not be saved in the log \(CalmReply could not save .*QUOTA_BYTES.*\)\. Please try again before posting\./);
    memory.storage.local.failWrites(null);
    expect(await memory.storage.local.get(null)).toEqual({});
  });
});

describe('the complaints log when a note cannot be saved', () => {
  it('shows the error and keeps the record as it was', async () => {
    const record = createComplaintRecord({ id: 'r1', comment, movedAt: new Date('2026-01-05T09:00:00Z'), staffInitials: 'AK', region: 'england-and-wales' });
    await complaints.set('r1', record);
    const store = createLogStore(createExtensionLogBackend());
    await store.reload();
    memory.storage.local.failWrites(QUOTA);
    expect(await store.saveNotes('r1', 'Rang back, left a message')).toBe(false);
    expect(store.error.value).toMatch(/QUOTA_BYTES/);
    memory.storage.local.failWrites(null);
    expect(await complaints.get('r1')).toEqual(record);
  });
});

describe('complaint records written from two tabs at once', () => {
  it('keeps all 1,000 (one key per record)', async () => {
    const write = (tab: string) => Promise.all(Array.from({ length: 500 }, (_, i) => {
      const id = `${tab}-${i}`;
      return complaints.set(id, createComplaintRecord({ id, comment: { ...comment, id }, movedAt: new Date(Date.UTC(2026, 0, 5)), staffInitials: tab, region: 'england-and-wales' }));
    }));
    await Promise.all([write('a'), write('b')]);
    const { records, unreadable } = await complaints.getAll();
    expect(records.size).toBe(1_000);
    expect(unreadable).toEqual([]);
  });
});
