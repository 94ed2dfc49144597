/**
 * Finds, reads, tags and re-tags the comments on the page as Facebook loads, recycles and
 * re-renders them. One MutationObserver; work batched, de-duplicated and time-sliced; everything
 * torn down on the AbortSignal.
 */
import type { TagHit } from '../core/classifier/index.ts';
import type { HandledState } from '../core/handled.ts';
import { extractComment, findCommentArticles, findTagAnchor, forgetLinks, isCommentArticle } from '../facebook/index.ts';
import { owningCommentArticle } from '../facebook/composer-insert.ts';
import { ClassifyCache, type ClassifyBatch } from './classify-cache.ts';
import { CommentRegistry } from './comment-registry.ts';
import { HOST_TAG, isOurHost, Pill } from './pill.ts';
import { PillTiming } from './pill-timing.ts';
import { createWorkQueue } from './work-queue.ts';

export const ATTR_ID = 'data-calmreply-id';
export const ATTR_TAGS = 'data-calmreply-tags';
export const ATTR_HANDLED = 'data-calmreply-handled';

/**
 * Pills are drawn in batches at most this often while comments are still being read (and at once
 * when reading is done). Every batch of new pills costs the page a frame whose style, layout and
 * pre-paint walk grows with the whole post; one batch per read slice made a 5,000-comment post
 * quadratic. Reading (extracting, classifying) writes nothing to the page, so it costs no frames.
 */
const DRAW_INTERVAL_MS = 250;
const DRAW_NOW_MAX = 40;

/** Scrolled this recently: the person is moving through the page. */
const SCROLLING_MS = 500;

/** A failed tagging request is tried again this many times, a second apart. */
const MAX_RETRIES = 3;

export interface PageTaggerOptions {
  /** Tags texts (in the background); one answer per text, in order. */
  classify: ClassifyBatch;
  signal: AbortSignal;
  /** Load stored handled states for newly seen ids (batched per slice). */
  loadHandled: (ids: string[]) => Promise<Map<string, HandledState>>;
  /** Called (debounced) when tags or handled states change: badge and popup refresh. */
  onChange: () => void;
  onPillActivate: (pill: Pill, commentId: string) => void | Promise<void>;
  onError: (error: unknown) => void;
}

export class PageTagger {
  readonly registry = new CommentRegistry();
  readonly #cache: ClassifyCache;
  readonly #options: PageTaggerOptions;
  readonly #queue;
  /** Ids read but not yet drawn: drawn in their own time-sliced batches (see DRAW_INTERVAL_MS). */
  readonly #drawQueue;
  readonly #pills: PillTiming;
  #toDraw = new Set<string>();
  #lastDraw = -Infinity;
  /** Text last classified per element, so an unchanged re-render costs one string compare. */
  #seen = new WeakMap<HTMLElement, string>();
  /** Comments read whose tags are on their way from the background, by text. */
  #waiting = new Map<string, Set<HTMLElement>>();
  #retries = 0;
  #newIds: string[] = [];
  #handledToLoad: string[] = [];
  #handledLoading = false;
  #changed = false;
  #href = location.href;
  #notifyTimer: ReturnType<typeof setTimeout> | undefined;
  unidentified = 0;

  constructor(options: PageTaggerOptions) {
    this.#options = options;
    this.#cache = new ClassifyCache(options.classify, (texts) => this.#tagsArrived(texts), (texts, error) => {
      options.onError(error);
      if (this.#retries++ < MAX_RETRIES) setTimeout(() => this.#tagsArrived(texts), 1_000);
    });
    this.#pills = new PillTiming((id) => this.#drawPill(id), options.signal);
    // Reading a backlog waits for idle time while the person scrolls (see work-queue.ts).
    const scrolling = () => this.#pills.scrolledWithin(SCROLLING_MS);
    this.#queue = createWorkQueue<HTMLElement>((a) => this.#process(a), () => this.#sliceEnd(), options.signal, scrolling);
    this.#drawQueue = createWorkQueue<string>((id) => this.#render(id), () => undefined, options.signal, scrolling);
  }

  start(): void {
    const { signal } = this.#options;
    for (const article of findCommentArticles(document)) this.#queue.add(article);
    const observer = new MutationObserver((records) => this.#onMutations(records));
    observer.observe(document.body ?? document.documentElement, { childList: true, subtree: true });
    signal.addEventListener('abort', () => {
      observer.disconnect();
      clearTimeout(this.#notifyTimer);
      this.#removeEverything();
    }, { once: true });
  }

  /** The settings changed: every comment on the page is tagged again. */
  settingsChanged(): void {
    this.#cache.reset();
    this.#seen = new WeakMap();
    for (const entry of this.registry.live()) this.#queue.add(entry.element);
    for (const elements of this.#waiting.values()) for (const el of elements) this.#queue.add(el);
    this.#waiting.clear();
  }

  /** Tags came back for these texts: read the comments that were waiting for them. */
  #tagsArrived(texts: string[]): void {
    if (this.#options.signal.aborted) return;
    for (const text of texts) {
      const elements = this.#waiting.get(text);
      if (!elements) continue;
      this.#waiting.delete(text);
      for (const el of elements) this.#queue.add(el);
    }
    this.#queue.runIfFew();
  }

  setHandled(changes: Map<string, HandledState | null>): void {
    for (const [id, state] of changes) {
      if (state) this.registry.handled.set(id, state);
      else this.registry.handled.delete(id);
      this.#refresh(id);
    }
    this.#scheduleNotify();
  }

  elementOf(commentId: string): HTMLElement | null {
    const entry = this.registry.entries.get(commentId);
    return entry?.element.isConnected ? entry.element : null;
  }

  #onMutations(records: MutationRecord[]): void {
    let removedComments = false;
    for (const record of records) {
      if (!removedComments) removedComments = this.#removesComments(record.removedNodes);
      const target = record.target as Element;
      if (target.nodeType !== Node.ELEMENT_NODE) continue;
      let onlyOurPills = record.removedNodes.length === 0;
      for (const node of record.addedNodes) {
        if (node.nodeType !== Node.ELEMENT_NODE) {
          onlyOurPills = false;
          continue;
        }
        const el = node as HTMLElement;
        if (this.#isOurs(el)) continue;
        onlyOurPills = false;
        if (isCommentArticle(el)) this.#queue.add(el);
        // A subtree (a loaded thread, a new post) is searched once, not per mutation.
        if (el.firstElementChild) for (const a of findCommentArticles(el)) this.#queue.add(a);
      }
      // Our own pill going in: nothing to read. Anything else inside a comment (text added by
      // "See more", an edit, React dropping our pill) means: read that comment again.
      if (onlyOurPills) continue;
      const owner = owningCommentArticle(target);
      if (owner && isCommentArticle(owner)) this.#queue.add(owner);
    }
    this.#queue.runIfFew();
    // Comments gone from the page (a closed dialog, a virtualised feed, "Hide"): forget them soon,
    // or their entries, elements and cached classifications stay for as long as the tab does.
    if (removedComments) this.#scheduleNotify();
  }

  #removesComments(nodes: NodeList): boolean {
    for (const node of nodes) {
      if (node.nodeType !== Node.ELEMENT_NODE) continue;
      const el = node as Element;
      if (!this.#isOurs(el) && (el.hasAttribute(ATTR_ID) || el.querySelector(`[${ATTR_ID}]`))) return true;
    }
    return false;
  }

  #isOurs(el: Element): boolean {
    return el.localName === HOST_TAG;
  }

  #process(article: HTMLElement): void {
    if (!article.isConnected) return;
    try {
      this.#removeStaleHosts(article);
      const comment = extractComment(article);
      if (!comment) {
        this.unidentified++;
        return;
      }
      const previous = this.registry.entries.get(comment.id);
      const sameNode = previous?.element === article;
      const unchanged = sameNode && this.#seen.get(article) === comment.text && previous.pill?.host.isConnected !== false;
      if (comment.authorIsPage && comment.parentId && !this.registry.pageReplied.has(comment.parentId)) {
        this.registry.pageReplied.add(comment.parentId);
        this.#refresh(comment.parentId);
        this.#changed = true;
      }
      if (unchanged && previous) {
        previous.comment = comment;
        return;
      }
      // The Page's own replies are the practice speaking, not the public: never tagged.
      let tags: TagHit[] = [];
      if (comment.text && !comment.authorIsPage) {
        const known = this.#cache.lookup(comment.text);
        if (!known) {
          // Not read yet as far as the page is concerned: read again when the tags arrive.
          const waiting = this.#waiting.get(comment.text) ?? new Set();
          this.#waiting.set(comment.text, waiting.add(article));
          return;
        }
        tags = known;
      }
      const entry = { comment, element: article, tags, pill: sameNode ? previous.pill : null };
      if (!sameNode && previous) {
        previous.pill?.host.remove();
        this.#pills.forget(previous.element);
      }
      if (!previous) this.#newIds.push(comment.id);
      this.registry.entries.set(comment.id, entry);
      this.#seen.set(article, comment.text);
      this.#toDraw.add(comment.id);
      this.#changed = true;
    } catch (error) {
      this.#options.onError(error);
    }
  }

  /** Pills copied along with a comment node (React's fresh copies) are dead: drop them. */
  #removeStaleHosts(article: HTMLElement): void {
    for (const host of article.querySelectorAll(HOST_TAG)) {
      if (!isOurHost(host) && owningCommentArticle(host) === article) host.remove();
    }
  }

  #render(id: string, eager = false): void {
    const entry = this.registry.entries.get(id);
    if (!entry?.element.isConnected) return;
    const { element, tags } = entry;
    const handled = this.registry.handledOf(id);
    element.setAttribute(ATTR_ID, id);
    element.setAttribute(ATTR_TAGS, tags.map((t) => t.id).join(' '));
    if (handled) element.setAttribute(ATTR_HANDLED, handled.kind);
    else element.removeAttribute(ATTR_HANDLED);
    if (tags.length === 0) {
      entry.pill?.host.remove();
      entry.pill = null;
      return;
    }
    // A pill is costly for the page to lay out on a long post (a shadow host in one huge list):
    // draw it when its comment comes near the screen, not for all 5,000 comments at once. The
    // attributes above are set for every comment regardless.
    if (entry.pill || eager) this.#drawPill(id);
    else this.#pills.request(id, element);
  }

  #drawPill(id: string): void {
    const entry = this.registry.entries.get(id);
    if (!entry?.element.isConnected || entry.tags.length === 0) return;
    const { element, tags } = entry;
    entry.pill ??= new Pill((pill) => void this.#options.onPillActivate(pill, id));
    entry.pill.update({ tags, handled: this.registry.handledOf(id) });
    if (!entry.pill.host.isConnected || owningCommentArticle(entry.pill.host) !== element) {
      const anchor = findTagAnchor(element);
      if (anchor) anchor.after(entry.pill.host);
      else element.prepend(entry.pill.host);
    }
  }

  #refresh(id: string): void {
    if (this.registry.entries.has(id)) this.#render(id);
  }

  #sliceEnd(): void {
    const now = performance.now();
    if (this.#toDraw.size > 0 && (this.#queue.size === 0 || now - this.#lastDraw >= DRAW_INTERVAL_MS)) {
      this.#lastDraw = now;
      if (this.#queue.size === 0 && this.#toDraw.size <= DRAW_NOW_MAX) {
        // A handful of new comments (a reply posted, "View more") are where the person is
        // looking: drawn in this task, pills and all, rather than a frame later. A comment read
        // again ("See more", an edit) keeps to the usual rule: its pill changes now if it has
        // one, else it waits with the others for scrolling to pause.
        const fresh = new Set(this.#newIds);
        for (const id of this.#toDraw) this.#render(id, fresh.has(id));
      } else {
        for (const id of this.#toDraw) this.#drawQueue.add(id);
      }
      this.#toDraw.clear();
    }
    if (location.href !== this.#href) {
      // Single-page navigation: comments of the previous post are gone from the page.
      this.#href = location.href;
      this.#sweep();
      this.#changed = true;
    }
    if (this.#newIds.length > 0) {
      this.#handledToLoad.push(...this.#newIds);
      this.#newIds = [];
      this.#loadHandled();
    }
    if (this.#changed) this.#scheduleNotify();
  }

  /** Handled states for newly read comments: one storage read out at a time (as for tags). */
  #loadHandled(): void {
    if (this.#handledLoading || this.#handledToLoad.length === 0) return;
    const ids = this.#handledToLoad;
    this.#handledToLoad = [];
    this.#handledLoading = true;
    void this.#options.loadHandled(ids).then((states) => {
      if (states.size > 0) this.setHandled(new Map(states));
    }).catch((error: unknown) => this.#options.onError(error)).finally(() => {
      this.#handledLoading = false;
      if (!this.#options.signal.aborted) this.#loadHandled();
    });
  }

  #scheduleNotify(): void {
    this.#changed = false;
    clearTimeout(this.#notifyTimer);
    this.#notifyTimer = setTimeout(() => {
      if (this.#options.signal.aborted) return;
      if (this.registry.entries.size > 2 * Math.max(50, document.querySelectorAll(`[${ATTR_ID}]`).length)) {
        this.#sweep();
      }
      this.#options.onChange();
    }, 150);
  }

  #sweep(): void {
    // The observer keeps what it watches alive: let go of comments that have left the page.
    for (const entry of this.registry.entries.values()) {
      if (!entry.element.isConnected) this.#pills.forget(entry.element);
    }
    const before = this.registry.entries.size;
    this.registry.sweep();
    // Comments left the page: their parsed links need not be remembered either.
    if (this.registry.entries.size < before) forgetLinks();
    this.#cache.retain(new Set([...this.registry.entries.values()].map((e) => e.comment.text)));
  }

  #removeEverything(): void {
    for (const host of document.querySelectorAll(HOST_TAG)) host.remove();
    for (const el of document.querySelectorAll(`[${ATTR_ID}]`)) {
      el.removeAttribute(ATTR_ID);
      el.removeAttribute(ATTR_TAGS);
      el.removeAttribute(ATTR_HANDLED);
    }
  }
}
