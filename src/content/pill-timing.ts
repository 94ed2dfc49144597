/**
 * When a comment's pill is drawn: once the comment is within a couple of screens of the viewport,
 * and once scrolling has paused for a moment. Every pill put in costs the page a frame whose work
 * grows with the post; drawing all 5,000 of a long post at once, or drawing them in the middle of
 * a scroll, is what makes a page feel sluggish. The comment's tags (attributes) are set at once
 * regardless; only the visible pill waits.
 */

/** Pills are drawn for comments this far above or below the screen (one to two screens ahead). */
const PILL_MARGIN_PX = 1_500;

/** How long scrolling must have stopped before pills that came into view are drawn. */
export const SCROLL_STILL_MS = 150;

export class PillTiming {
  readonly #draw: (id: string) => void;
  readonly #signal: AbortSignal;
  /** Comment elements known to be near the screen (no longer observed). */
  readonly #near = new WeakSet<Element>();
  /** The comment id each observed element was asked for with. */
  readonly #ids = new WeakMap<Element, string>();
  #due = new Set<string>();
  #timer: ReturnType<typeof setTimeout> | undefined;
  #lastScroll = -Infinity;
  readonly #visibility = new IntersectionObserver((records) => this.#onVisibility(records), {
    rootMargin: `${PILL_MARGIN_PX}px 0px`,
  });

  /** draw(id) is called when the pill for that comment should go in (the caller re-checks it). */
  constructor(draw: (id: string) => void, signal: AbortSignal) {
    this.#draw = draw;
    this.#signal = signal;
    // Any scroller (Facebook's dialogs scroll inside themselves): a capturing, passive listener.
    document.addEventListener('scroll', () => {
      this.#lastScroll = performance.now();
    }, { capture: true, passive: true, signal });
    signal.addEventListener('abort', () => {
      this.#visibility.disconnect();
      clearTimeout(this.#timer);
    }, { once: true });
  }

  /** The pill for this comment is wanted: drawn when it is near the screen and scrolling rests. */
  request(id: string, element: Element): void {
    if (this.#near.has(element)) {
      this.#due.add(id);
      this.#drawWhenStill();
      return;
    }
    this.#ids.set(element, id);
    this.#visibility.observe(element);
  }

  /** Whether anything on the page scrolled in the last `ms` milliseconds. */
  scrolledWithin(ms: number): boolean {
    return performance.now() - this.#lastScroll < ms;
  }

  /** The element left the page or was replaced: stop watching it. */
  forget(element: Element): void {
    this.#visibility.unobserve(element);
  }

  #onVisibility(records: IntersectionObserverEntry[]): void {
    for (const record of records) {
      if (!record.isIntersecting) continue;
      const element = record.target;
      this.#near.add(element);
      this.#visibility.unobserve(element);
      const id = this.#ids.get(element);
      if (id !== undefined) this.#due.add(id);
    }
    this.#drawWhenStill();
  }

  #drawWhenStill(): void {
    if (this.#timer !== undefined || this.#due.size === 0) return;
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      if (this.#signal.aborted) return;
      if (this.scrolledWithin(SCROLL_STILL_MS)) {
        this.#drawWhenStill();
        return;
      }
      const ids = this.#due;
      this.#due = new Set();
      for (const id of ids) this.#draw(id);
    }, SCROLL_STILL_MS);
  }
}
