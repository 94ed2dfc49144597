// STUB (to be replaced by the tagger work): the public interface of the classifier.
import type { CategoryId } from '../categories.ts';
import type { ClassifierSettings } from '../settings/types.ts';

export interface TagHit {
  id: CategoryId;
  /** Strength of the evidence, 0–1 (1 = certain). */
  score: number;
  /** Human-readable reasons, e.g. "mentions 'no appointments left'". */
  reasons: string[];
}

export interface Classification {
  /** Tags in CATEGORY_IDS order; empty when the comment needs no tag. */
  tags: TagHit[];
}

export function classify(_text: string, _settings?: ClassifierSettings): Classification {
  return { tags: [] };
}
