import { describe, expect, it, vi } from 'vitest';
import type { TagHit } from '../../../src/core/classifier/index.ts';
import { ClassifyCache } from '../../../src/content/classify-cache.ts';

const hit = (id: TagHit['id']): TagHit => ({ id, score: 1, reasons: [`mentions '${id}'`] });

function setup(answer: (texts: string[]) => Promise<TagHit[][]>) {
  const batches: string[][] = [];
  const ready: string[][] = [];
  const failed: string[][] = [];
  const cache = new ClassifyCache(
    (texts) => {
      batches.push(texts);
      return answer(texts);
    },
    (texts) => ready.push(texts),
    (texts) => failed.push(texts),
  );
  return { cache, batches, ready, failed };
}

const tick = () => new Promise((r) => setTimeout(r, 0));

describe('ClassifyCache (tags from the background)', () => {
  it('sends every text read in one task as one batch, once, and answers from the cache after', async () => {
    const { cache, batches, ready } = setup(async (texts) => texts.map((t) => (t.includes('appt') ? [hit('appointment')] : [])));
    expect(cache.lookup('need an appt')).toBeUndefined();
    expect(cache.lookup('thanks all')).toBeUndefined();
    expect(cache.lookup('need an appt')).toBeUndefined();
    await tick();
    expect(batches).toEqual([['need an appt', 'thanks all']]);
    expect(ready).toEqual([['need an appt', 'thanks all']]);
    expect(cache.lookup('need an appt')).toEqual([hit('appointment')]);
    expect(cache.lookup('thanks all')).toEqual([]);
    expect(batches).toHaveLength(1);
  });

  it('splits a long page into bounded batches', async () => {
    const { cache, batches } = setup(async (texts) => texts.map(() => []));
    for (let i = 0; i < 1_000; i++) cache.lookup(`comment ${i}`);
    await tick();
    expect(batches.map((b) => b.length)).toEqual([400, 400, 200]);
  });

  it('keeps one round of messages out at a time: texts read meanwhile go together in the next', async () => {
    const releases: Array<() => void> = [];
    const { cache, batches, ready } = setup((texts) => new Promise((resolve) => {
      releases.push(() => resolve(texts.map(() => [])));
    }));
    cache.lookup('first');
    await tick();
    cache.lookup('second');
    await tick();
    cache.lookup('third');
    await tick();
    expect(batches).toEqual([['first']]);
    releases.shift()?.();
    await tick();
    expect(batches).toEqual([['first'], ['second', 'third']]);
    releases.shift()?.();
    await tick();
    expect(ready).toEqual([['first'], ['second', 'third']]);
    expect(cache.lookup('third')).toEqual([]);
  });

  it('does not hold new texts back behind answers the settings change made stale', async () => {
    const { cache, batches } = setup(() => new Promise(() => undefined));
    cache.lookup('before');
    await tick();
    cache.reset();
    cache.lookup('after');
    await tick();
    expect(batches).toEqual([['before'], ['after']]);
  });

  it('throws away answers to batches sent before the settings changed', async () => {
    let release: (tags: TagHit[][]) => void = () => undefined;
    const { cache, ready } = setup(() => new Promise((resolve) => {
      release = resolve;
    }));
    cache.lookup('so rude');
    await tick();
    cache.reset();
    release([[hit('complaint')]]);
    await tick();
    expect(ready).toEqual([]);
    expect(cache.lookup('so rude')).toBeUndefined();
  });

  it('reports a failed batch and lets the texts be asked for again', async () => {
    const answer = vi.fn(async (): Promise<TagHit[][]> => {
      throw new Error('Could not establish connection');
    });
    const { cache, failed, batches } = setup(answer);
    cache.lookup('help');
    await tick();
    expect(failed).toEqual([['help']]);
    cache.lookup('help');
    await tick();
    expect(batches).toEqual([['help'], ['help']]);
  });
});
