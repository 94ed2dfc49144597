/**
 * Tags by comment text. The tagger runs in the background (see background/classify.ts): texts
 * not seen before are sent in batches and the answers cached here, so Facebook re-rendering the
 * same comment costs nothing. One round of messages is in flight at a time: texts read while it
 * is out go together in the next (each message costs the page a few milliseconds whatever its
 * size, and reading a long post would otherwise send one per slice). Bounded, and cleared when
 * the settings change (answers to batches sent before then are thrown away).
 */
import type { TagHit } from '../core/classifier/index.ts';

export type ClassifyBatch = (texts: string[]) => Promise<TagHit[][]>;

const MAX_ENTRIES = 5_000;
/** Texts per message: well under the background's limit, and quick to answer. */
const BATCH = 400;

export class ClassifyCache {
  #cache = new Map<string, TagHit[]>();
  #requested = new Set<string>();
  #queued: string[] = [];
  #generation = 0;
  #inFlight = false;
  readonly #classify: ClassifyBatch;
  readonly #onReady: (texts: string[]) => void;
  readonly #onFailed: (texts: string[], error: unknown) => void;

  constructor(classify: ClassifyBatch, onReady: (texts: string[]) => void, onFailed: (texts: string[], error: unknown) => void) {
    this.#classify = classify;
    this.#onReady = onReady;
    this.#onFailed = onFailed;
  }

  /** The tags for text if known; otherwise asks for them (onReady(texts) is called later). */
  lookup(text: string): TagHit[] | undefined {
    const known = this.#cache.get(text);
    if (known || this.#requested.has(text)) return known;
    this.#requested.add(text);
    if (this.#queued.push(text) === 1 && !this.#inFlight) queueMicrotask(() => this.#flush());
    return undefined;
  }

  /** The settings changed: everything known is stale. */
  reset(): void {
    this.#generation++;
    this.#cache.clear();
    this.#requested.clear();
    this.#queued = [];
    // Answers still on their way will be thrown away; new texts need not wait for them.
    this.#inFlight = false;
  }

  /** Keeps only these texts (the comments still on the page): memory follows the page. */
  retain(texts: ReadonlySet<string>): void {
    for (const text of this.#cache.keys()) if (!texts.has(text)) this.#cache.delete(text);
  }

  #flush(): void {
    const texts = this.#queued;
    if (this.#inFlight || texts.length === 0) return;
    this.#queued = [];
    this.#inFlight = true;
    const generation = this.#generation;
    const sends: Array<Promise<void>> = [];
    for (let i = 0; i < texts.length; i += BATCH) sends.push(this.#send(texts.slice(i, i + BATCH), generation));
    void Promise.all(sends).then(() => {
      if (generation !== this.#generation) return;
      this.#inFlight = false;
      this.#flush();
    });
  }

  async #send(texts: string[], generation: number): Promise<void> {
    try {
      const tags = await this.#classify(texts);
      if (generation !== this.#generation) return;
      // Dropping everything at the bound is crude but O(1) and keeps memory flat on endless feeds.
      if (this.#cache.size + texts.length > MAX_ENTRIES) this.#cache.clear();
      texts.forEach((text, i) => {
        this.#cache.set(text, tags[i] ?? []);
        this.#requested.delete(text);
      });
      this.#onReady(texts);
    } catch (error) {
      if (generation !== this.#generation) return;
      // Let a later read ask again rather than leave these comments waiting for ever.
      for (const text of texts) this.#requested.delete(text);
      this.#onFailed(texts, error);
    }
  }
}
