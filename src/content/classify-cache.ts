/**
 * Classification cached by text: Facebook re-renders the same comment many times, and threads
 * repeat the same short replies. Bounded, and cleared when the settings change.
 */
import { classify, type Classification } from '../core/classifier/index.ts';
import type { ClassifierSettings } from '../core/settings/types.ts';

const MAX_ENTRIES = 5_000;

export class ClassifyCache {
  #cache = new Map<string, Classification>();
  #settings: ClassifierSettings;

  constructor(settings: ClassifierSettings) {
    this.#settings = settings;
  }

  setSettings(settings: ClassifierSettings): void {
    this.#settings = settings;
    this.#cache.clear();
  }

  classify(text: string): Classification {
    let result = this.#cache.get(text);
    if (!result) {
      result = classify(text, this.#settings);
      // Dropping everything at the bound is crude but O(1) and keeps memory flat on endless feeds.
      if (this.#cache.size >= MAX_ENTRIES) this.#cache.clear();
      this.#cache.set(text, result);
    }
    return result;
  }

  /** Keeps only these texts (the comments still on the page): memory follows the page. */
  retain(texts: ReadonlySet<string>): void {
    for (const text of this.#cache.keys()) if (!texts.has(text)) this.#cache.delete(text);
  }
}
