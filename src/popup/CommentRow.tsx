import { TagPill } from '../ui/TagPill.tsx';
import type { TabComment } from '../platform/message-types.ts';
import { handledText, snippet } from './format.ts';

export interface CommentRowProps {
  comment: TabComment;
  onChoose: (id: string) => void;
}

/** One tagged comment: first name, snippet, tags, handled state. A button, so Enter/Space work. */
export function CommentRow({ comment, onChoose }: CommentRowProps) {
  const name = comment.firstName || comment.author || 'Someone';
  return (
    <li>
      <button
        type="button"
        class={`comment-row${comment.handled ? ' handled' : ''}`}
        data-testid="comment-row"
        data-comment-id={comment.id}
        onClick={() => onChoose(comment.id)}
      >
        <span class="row-top">
          <strong class="row-name">{name}</strong>
          {comment.isReply ? <span class="row-reply">reply</span> : null}
          <span class="row-tags">{comment.tags.map((t) => <TagPill key={t} id={t} />)}</span>
        </span>
        <span class="row-snippet" data-testid="comment-snippet">{snippet(comment.text)}</span>
        {comment.handled ? (
          <span class="row-handled" data-testid="handled-label">✓ {handledText(comment.handled)}</span>
        ) : null}
      </button>
    </li>
  );
}
