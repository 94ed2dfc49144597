/**
 * What the content script knows about the comments on the page: per id, the latest element,
 * extracted fields, tags and pill. Elements come and go (React re-renders, virtualised feeds,
 * single-page navigation); ids stay, so state is keyed by id and re-attached to new nodes.
 */
import type { TagHit } from '../core/classifier/index.ts';
import type { HandledState } from '../core/handled.ts';
import type { FbComment } from '../facebook/index.ts';
import type { HandledKind, TabComment } from '../platform/message-types.ts';
import { firstNameOf } from '../core/templates/firstName.ts';
import { byRank } from '../core/categories.ts';
import type { Pill } from './pill.ts';

export interface Entry {
  comment: FbComment;
  element: HTMLElement;
  tags: TagHit[];
  pill: Pill | null;
}

export class CommentRegistry {
  readonly entries = new Map<string, Entry>();
  readonly handled = new Map<string, HandledState>();
  /** Comments the post's own Page has replied to: handled for every member of staff. */
  readonly pageReplied = new Set<string>();

  handledOf(id: string): { kind: HandledKind; at?: string; staffInitials?: string } | null {
    const stored = this.handled.get(id);
    if (stored) return { kind: stored.state, at: stored.at, staffInitials: stored.staffInitials };
    return this.pageReplied.has(id) ? { kind: 'page-replied' } : null;
  }

  /** Forgets comments whose element has left the page (navigation, virtualised feeds). */
  sweep(): void {
    for (const [id, entry] of this.entries) {
      if (!entry.element.isConnected) {
        this.entries.delete(id);
        this.handled.delete(id);
      }
    }
  }

  live(): Entry[] {
    return [...this.entries.values()].filter((e) => e.element.isConnected);
  }

  /** Unhandled urgent and complaint comments: the toolbar badge. */
  badgeCount(): number {
    let count = 0;
    for (const entry of this.live()) {
      if (this.handledOf(entry.comment.id)) continue;
      if (entry.tags.some((t) => t.id === 'urgent' || t.id === 'complaint')) count++;
    }
    return count;
  }

  toTabComments(): TabComment[] {
    return this.live().map(({ comment, tags }) => ({
      id: comment.id,
      parentId: comment.parentId,
      isReply: comment.isReply,
      author: comment.author,
      firstName: firstNameOf(comment.author),
      text: comment.text,
      permalink: comment.permalink,
      timeLabel: comment.timeLabel,
      truncated: comment.truncated,
      tags: tags.map((t) => t.id).sort(byRank),
      reasons: Object.fromEntries(tags.map((t) => [t.id, t.reasons])),
      handled: this.handledOf(comment.id),
    }));
  }
}
