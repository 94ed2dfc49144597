/**
 * A de-duplicating queue of elements processed in time slices, so tagging a 5,000-comment post
 * never blocks the page: each slice stops after BUDGET_MS and yields to the event loop.
 */
const BUDGET_MS = 8;

export interface WorkQueue<T> {
  add(item: T): void;
  readonly size: number;
}

export function createWorkQueue<T>(process: (item: T) => void, onSliceEnd: (processed: number) => void, signal: AbortSignal): WorkQueue<T> {
  // A Set keeps insertion order and drops repeats: an article mutated ten times is read once.
  let pending = new Set<T>();
  let scheduled = false;
  // MessageChannel yields without setTimeout's 4 ms clamp after nested timers.
  const channel = new MessageChannel();
  channel.port1.onmessage = () => run();
  signal.addEventListener('abort', () => {
    pending.clear();
    channel.port1.close();
  }, { once: true });

  function schedule(): void {
    if (scheduled || signal.aborted) return;
    scheduled = true;
    channel.port2.postMessage(null);
  }

  function run(): void {
    scheduled = false;
    if (signal.aborted) return;
    const started = performance.now();
    let processed = 0;
    const items = pending;
    pending = new Set();
    const iterator = items.values();
    for (let next = iterator.next(); !next.done; next = iterator.next()) {
      process(next.value);
      processed++;
      if (performance.now() - started > BUDGET_MS) {
        // Put the rest back in front of anything that arrived meanwhile.
        const rest = new Set<T>();
        for (let r = iterator.next(); !r.done; r = iterator.next()) rest.add(r.value);
        for (const item of pending) rest.add(item);
        pending = rest;
        break;
      }
    }
    try {
      performance.measure('calmreply:slice', { start: started, end: performance.now() });
    } catch {
      // Older engines without the options form: the bench falls back to Long Tasks.
    }
    onSliceEnd(processed);
    if (pending.size > 0) schedule();
  }

  return {
    add(item) {
      pending.add(item);
      schedule();
    },
    get size() {
      return pending.size;
    },
  };
}
