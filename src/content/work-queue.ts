/**
 * A de-duplicating queue of elements processed in time slices, so tagging a 5,000-comment post
 * never blocks the page. While the person is scrolling, a backlog (a long post opening) is worked
 * through in the browser's idle time (requestIdleCallback): on a long post every frame that
 * scrolls or expands costs the page tens of milliseconds, and a slice that lands just before a
 * frame makes that frame late. When the page is at rest, slices follow each other at once (idle
 * callbacks then come one per 50 ms idle period, which would make a long post take several times
 * longer to tag for no gain). A few items (a new reply, "See more", tags arriving) are always done
 * at once: someone is looking at them. The idle timeout keeps a backlog moving on a page that is
 * never idle (a playing video).
 */
const BUDGET_MS = 8;
/** The longest a slice waits for idle time before it runs anyway. */
const IDLE_TIMEOUT_MS = 60;
/** Up to this many items waiting are done at once rather than in idle time. */
const PROMPT_MAX = 40;

export interface WorkQueue<T> {
  add(item: T): void;
  /**
   * A few items waiting (no backlog): do them now, in this task. From a MutationObserver callback
   * that puts new pills in the same frame as the page's own change, instead of a frame later.
   */
  runIfFew(): void;
  readonly size: number;
}

type Slice = (budgetMs: number) => void;

interface Scheduler {
  /** In the next task (a MessageChannel: no setTimeout 4 ms clamp). */
  now(): void;
  /** In idle time where the page has it; else as now(). */
  idle(): void;
}

function scheduler(run: Slice, signal: AbortSignal): Scheduler {
  const channel = new MessageChannel();
  channel.port1.onmessage = () => run(BUDGET_MS);
  let handle: number | undefined;
  signal.addEventListener('abort', () => {
    channel.port1.close();
    if (handle !== undefined) cancelIdleCallback(handle);
  }, { once: true });
  const now = () => channel.port2.postMessage(null);
  if (typeof requestIdleCallback !== 'function') return { now, idle: now };
  return {
    now,
    idle: () => {
      handle = requestIdleCallback((deadline) => {
        handle = undefined;
        // Within a frame's idle time use what is left of it (never more than the budget); after
        // the timeout, or in a long idle period, the usual budget.
        run(deadline.didTimeout ? BUDGET_MS : Math.max(1, Math.min(BUDGET_MS, deadline.timeRemaining())));
      }, { timeout: IDLE_TIMEOUT_MS });
    },
  };
}

/**
 * `busy()` says whether the person is interacting with the page right now (scrolling): a backlog
 * then waits for idle time.
 */
export function createWorkQueue<T>(
  process: (item: T) => void,
  onSliceEnd: (processed: number) => void,
  signal: AbortSignal,
  busy: () => boolean = () => true,
): WorkQueue<T> {
  // A Set keeps insertion order and drops repeats: an article mutated ten times is read once.
  let pending = new Set<T>();
  let scheduled = false;
  const slices = scheduler(run, signal);
  signal.addEventListener('abort', () => pending.clear(), { once: true });

  function schedule(): void {
    if (scheduled || signal.aborted) return;
    scheduled = true;
    if (pending.size <= PROMPT_MAX || !busy()) slices.now();
    else slices.idle();
  }

  function run(budgetMs: number): void {
    scheduled = false;
    // Already done by runIfFew() before this slice's turn came.
    if (signal.aborted || pending.size === 0) return;
    const started = performance.now();
    let processed = 0;
    const items = pending;
    pending = new Set();
    const iterator = items.values();
    for (let next = iterator.next(); !next.done; next = iterator.next()) {
      process(next.value);
      processed++;
      if (performance.now() - started > budgetMs) {
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
    runIfFew() {
      if (pending.size > 0 && pending.size <= PROMPT_MAX) run(BUDGET_MS);
    },
    get size() {
      return pending.size;
    },
  };
}
