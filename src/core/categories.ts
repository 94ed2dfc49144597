/**
 * The eight tag categories. Ids are fixed (they are stored, exported and used by other tools);
 * definitions live in DESIGN.md and are the labelling guide for every test corpus.
 */
export const CATEGORY_IDS = [
  'urgent',
  'complaint',
  'appointment',
  'prescription',
  'results',
  'abuse',
  'personal_data',
  'praise',
] as const;

export type CategoryId = (typeof CATEGORY_IDS)[number];

export interface CategoryMeta {
  /** Short label shown on the pill and in lists (British English). */
  label: string;
  /**
   * A glyph shown beside the label, so the tag never relies on colour alone. Plain symbols from
   * fonts every desktop has (DejaVu, Segoe UI Symbol), not emoji, which many PCs draw as boxes.
   */
  icon: string;
  /** Background and text colours; every pair has a contrast ratio of at least 4.5:1. */
  background: string;
  foreground: string;
  /** Popup ordering: lower comes first (urgent, then complaints, then appointments…). */
  rank: number;
}

export const CATEGORY_META: Record<CategoryId, CategoryMeta> = {
  urgent: { label: 'Urgent', icon: '⚠', background: '#b3261e', foreground: '#ffffff', rank: 0 },
  complaint: { label: 'Complaint', icon: '✎', background: '#8a4b00', foreground: '#ffffff', rank: 1 },
  appointment: { label: 'Appointment', icon: '◷', background: '#0b57d0', foreground: '#ffffff', rank: 2 },
  prescription: { label: 'Prescription', icon: '℞', background: '#00695c', foreground: '#ffffff', rank: 3 },
  results: { label: 'Results', icon: '⚗', background: '#5b3f9a', foreground: '#ffffff', rank: 4 },
  abuse: { label: 'Abuse', icon: '⊘', background: '#3c3c3c', foreground: '#ffffff', rank: 5 },
  personal_data: { label: 'Personal data', icon: '✱', background: '#a0136b', foreground: '#ffffff', rank: 6 },
  praise: { label: 'Praise', icon: '★', background: '#1e6b2a', foreground: '#ffffff', rank: 7 },
};

export function isCategoryId(value: unknown): value is CategoryId {
  return typeof value === 'string' && (CATEGORY_IDS as readonly string[]).includes(value);
}

/** Sorts category ids by their popup rank (urgent first). */
export function byRank(a: CategoryId, b: CategoryId): number {
  return CATEGORY_META[a].rank - CATEGORY_META[b].rank;
}
