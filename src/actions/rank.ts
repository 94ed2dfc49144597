/**
 * The popup's order: urgent first, then complaints, then appointments, then the rest by their most
 * important tag; page order within each. Untagged comments are not listed at all.
 */
import { CATEGORY_META, type CategoryId } from '../core/categories.ts';
import type { TabComment } from '../platform/message-types.ts';

const UNRANKED = Number.MAX_SAFE_INTEGER;

function topRank(tags: readonly CategoryId[]): number {
  return tags.reduce((best, id) => Math.min(best, CATEGORY_META[id]?.rank ?? UNRANKED), UNRANKED);
}

/** Tagged comments, ranked; the sort is stable, so the page order is kept within a rank. */
export function rankComments<C extends Pick<TabComment, 'tags'>>(comments: readonly C[]): C[] {
  return comments
    .filter((c) => c.tags.length > 0)
    .map((c, index) => ({ c, index, rank: topRank(c.tags) }))
    .sort((a, b) => a.rank - b.rank || a.index - b.index)
    .map(({ c }) => c);
}

/** Not handled yet (by staff, or by the Page replying on Facebook). */
export function isUnhandled(comment: Pick<TabComment, 'handled'>): boolean {
  return comment.handled === null;
}

/** The toolbar badge's count: unhandled comments tagged urgent or complaint. */
export function badgeCount(comments: readonly Pick<TabComment, 'tags' | 'handled'>[]): number {
  return comments.filter((c) => isUnhandled(c) && (c.tags.includes('urgent') || c.tags.includes('complaint'))).length;
}
