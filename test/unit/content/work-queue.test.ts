import { afterEach, describe, expect, it, vi } from 'vitest';
import { createWorkQueue } from '../../../src/content/work-queue.ts';

type IdleCallback = (deadline: { didTimeout: boolean; timeRemaining(): number }) => void;

/** A stand-in for the browser's idle callbacks: the test decides when idle time comes. */
function fakeIdle() {
  const waiting: Array<{ callback: IdleCallback; timeout?: number }> = [];
  vi.stubGlobal('requestIdleCallback', (callback: IdleCallback, options?: { timeout?: number }) => waiting.push({ callback, timeout: options?.timeout }));
  vi.stubGlobal('cancelIdleCallback', () => undefined);
  return {
    waiting,
    /** Gives the oldest waiting callback `ms` of idle time. */
    idle(ms: number) {
      waiting.shift()?.callback({ didTimeout: false, timeRemaining: () => ms });
    },
  };
}

const nextTask = () => new Promise((r) => setTimeout(r, 0));

describe('work queue: when slices run', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('does a few items in the next task, without waiting for idle time', async () => {
    const idle = fakeIdle();
    const done: number[] = [];
    const queue = createWorkQueue<number>((n) => done.push(n), () => undefined, new AbortController().signal);
    queue.add(1);
    queue.add(2);
    // The slice comes by a message to the next task; on a loaded machine a timer may come first,
    // so wait for it (idle time never comes here: the fake only gives it when told).
    await vi.waitFor(() => expect(done).toEqual([1, 2]), { timeout: 2000, interval: 5 });
    expect(idle.waiting).toHaveLength(0);
  });

  it('works through a backlog only in idle time, with a timeout so it never stalls', async () => {
    const idle = fakeIdle();
    const done: number[] = [];
    const queue = createWorkQueue<number>((n) => {
      done.push(n);
      // Each item "takes" 1 ms of the slice's budget.
      const until = performance.now() + 1;
      while (performance.now() < until) { /* busy */ }
    }, () => undefined, new AbortController().signal);
    for (let i = 0; i < 200; i++) queue.add(i);
    // The first slice starts at once (the first item arrived alone), then the rest waits.
    await vi.waitFor(() => expect(done.length).toBeGreaterThan(0), { timeout: 2000, interval: 5 });
    const afterFirst = done.length;
    expect(afterFirst).toBeGreaterThan(0);
    expect(afterFirst).toBeLessThan(200);
    await nextTask();
    expect(done.length).toBe(afterFirst);
    expect(idle.waiting).toHaveLength(1);
    expect(idle.waiting[0]?.timeout).toBeGreaterThan(0);
    // 3 ms of idle time: a short slice, never past what the browser offered (plus one item).
    idle.idle(3);
    const second = done.length - afterFirst;
    expect(second).toBeGreaterThan(0);
    expect(second).toBeLessThanOrEqual(5);
    // The last few (at most a handful's worth) go in an ordinary task again.
    for (let turns = 0; done.length < 200 && turns < 100; turns++) {
      if (idle.waiting.length > 0) idle.idle(50);
      else await nextTask();
    }
    expect(done).toHaveLength(200);
    expect(new Set(done).size).toBe(200);
  });

  it('while nobody is scrolling, a backlog goes slice after slice without waiting for idle time', async () => {
    const idle = fakeIdle();
    const done: number[] = [];
    const queue = createWorkQueue<number>((n) => done.push(n), () => undefined, new AbortController().signal, () => false);
    for (let i = 0; i < 5_000; i++) queue.add(i);
    for (let turns = 0; done.length < 5_000 && turns < 1_000; turns++) await nextTask();
    expect(done).toHaveLength(5_000);
    expect(idle.waiting).toHaveLength(0);
  });

  it('runIfFew does a handful now, in the caller’s task, and leaves a backlog to its slices', async () => {
    fakeIdle();
    const done: string[] = [];
    const few = createWorkQueue<string>((s) => done.push(s), () => undefined, new AbortController().signal);
    few.add('a');
    few.add('b');
    few.runIfFew();
    expect(done).toEqual(['a', 'b']);
    await nextTask();
    expect(done).toEqual(['a', 'b']);

    const many: number[] = [];
    const backlog = createWorkQueue<number>((n) => many.push(n), () => undefined, new AbortController().signal);
    for (let i = 0; i < 100; i++) backlog.add(i);
    backlog.runIfFew();
    expect(many).toEqual([]);
  });

  it('stops for good when its signal aborts', async () => {
    const idle = fakeIdle();
    const done: number[] = [];
    const controller = new AbortController();
    const queue = createWorkQueue<number>((n) => done.push(n), () => undefined, controller.signal);
    for (let i = 0; i < 100; i++) queue.add(i);
    controller.abort();
    await nextTask();
    while (idle.waiting.length > 0) idle.idle(50);
    queue.add(1000);
    await nextTask();
    expect(done).toEqual([]);
  });
});
