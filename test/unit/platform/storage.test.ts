import { describe, expect, it, vi } from 'vitest';
import { createMemoryBrowser } from '../../../src/platform/memory.ts';

const fake = vi.hoisted(() => ({ browser: null as unknown }));
vi.mock('../../../src/platform/browser.ts', () => fake);
fake.browser = createMemoryBrowser();
const memory = fake.browser as ReturnType<typeof createMemoryBrowser>;

const { StorageItem, StorageCollection, StorageWriteError } = await import('../../../src/platform/storage.ts');

describe('StorageItem', () => {
  it('returns the fallback until set, then the parsed value', async () => {
    const item = new StorageItem<number>('count', { fallback: 0, parse: (raw) => (typeof raw === 'number' ? raw : -1) });
    expect(await item.get()).toBe(0);
    await item.set(3);
    expect(await item.get()).toBe(3);
    await memory.storage.local.set({ count: 'corrupt' });
    expect(await item.get()).toBe(-1);
    expect(await item.getRaw()).toBe('corrupt');
  });

  it('reports changes until the signal aborts', async () => {
    const item = new StorageItem<string>('name', { fallback: '' });
    const seen: string[] = [];
    const controller = new AbortController();
    item.onChanged((v) => seen.push(v), controller.signal);
    await item.set('a');
    await memory.storage.local.set({ other: 1 });
    controller.abort();
    await item.set('b');
    expect(seen).toEqual(['a']);
  });

  it('surfaces a refused write as a StorageWriteError naming the key', async () => {
    const item = new StorageItem<string>('big', { fallback: '' });
    memory.storage.local.failWrites(new Error('QUOTA_BYTES quota exceeded'));
    await expect(item.set('x')).rejects.toBeInstanceOf(StorageWriteError);
    await expect(item.set('x')).rejects.toThrow(/big.*QUOTA_BYTES/);
    memory.storage.local.failWrites(null);
  });
});

describe('StorageCollection', () => {
  const parse = (raw: unknown) => (typeof raw === 'object' && raw !== null && 'n' in raw ? (raw as { n: number }) : null);

  it('keeps concurrent writes to different records', async () => {
    const a = new StorageCollection('rec:', parse);
    const b = new StorageCollection('rec:', parse);
    await Promise.all(Array.from({ length: 200 }, (_, i) => (i % 2 ? a : b).set(String(i), { n: i })));
    const { records, unreadable } = await a.getAll();
    expect(records.size).toBe(200);
    expect(unreadable).toEqual([]);
  });

  it('lists unreadable records instead of dropping them silently', async () => {
    const c = new StorageCollection('bad:', parse);
    await memory.storage.local.set({ 'bad:1': { n: 1 }, 'bad:2': 'garbage' });
    const { records, unreadable } = await c.getAll();
    expect([...records.keys()]).toEqual(['1']);
    expect(unreadable).toEqual(['bad:2']);
    expect(await memory.storage.local.get('bad:2')).toEqual({ 'bad:2': 'garbage' });
  });

  it('tells listeners which ids changed', async () => {
    const c = new StorageCollection('h:', parse);
    const controller = new AbortController();
    const seen: Array<[string, unknown]> = [];
    c.onChanged((changes) => seen.push(...changes), controller.signal);
    await c.set('42', { n: 42 });
    await c.remove('42');
    controller.abort();
    expect(seen).toEqual([['42', { n: 42 }], ['42', null]]);
  });
});
