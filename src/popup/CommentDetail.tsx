import { useEffect, useMemo, useRef } from 'preact/hooks';
import { replyChoices } from '../actions/index.ts';
import { CATEGORY_META } from '../core/categories.ts';
import { TagPill } from '../ui/TagPill.tsx';
import type { TabComment } from '../platform/message-types.ts';
import { useStore } from './context.ts';
import { handledText } from './format.ts';
import { ReplyCard } from './ReplyCard.tsx';

export interface CommentDetailProps {
  comment: TabComment;
}

export function CommentDetail({ comment }: CommentDetailProps) {
  const store = useStore();
  const settings = store.loaded.value?.settings;
  const heading = useRef<HTMLHeadingElement>(null);
  const choices = useMemo(() => (settings ? replyChoices(comment, settings) : []), [comment, settings]);
  const busy = store.busy.value;
  const name = comment.firstName || comment.author || 'Someone';
  const staffHandled = comment.handled !== null && comment.handled.kind !== 'page-replied';

  useEffect(() => heading.current?.focus(), [comment.id]);

  return (
    <section class="comment-detail" data-testid="comment-detail" data-comment-id={comment.id}
      onKeyDown={(e) => e.key === 'Escape' && (e.preventDefault(), store.back())}>
      <button type="button" class="link-button" data-testid="back" onClick={store.back}>← All comments (Esc)</button>
      <h2 ref={heading} tabIndex={-1}>{comment.author || name}{comment.isReply ? ' (reply)' : ''}</h2>
      <p class="comment-text" data-testid="comment-text">{comment.text}</p>
      {comment.truncated ? <p class="muted">Only part of this comment was shown on the page (“See more”).</p> : null}
      <ul class="reasons" data-testid="reasons">
        {comment.tags.map((t) => (
          <li key={t}>
            <TagPill id={t} /> {(comment.reasons[t] ?? []).join('; ') || CATEGORY_META[t].label}
          </li>
        ))}
      </ul>
      {comment.handled ? <p class="notice ok" data-testid="detail-handled">✓ {handledText(comment.handled)}</p> : null}

      <div class="actions comment-actions">
        {comment.tags.includes('complaint') ? (
          <button type="button" class="primary" data-testid="move-to-complaints" disabled={busy || comment.handled?.kind === 'complaint'} onClick={store.move}>
            Move to complaints
          </button>
        ) : null}
        <button type="button" data-testid="mark-handled" disabled={busy} onClick={() => store.mark('replied')}>Mark handled</button>
        <button type="button" data-testid="dismiss" disabled={busy} onClick={() => store.mark('dismissed')}>Dismiss</button>
        {staffHandled ? <button type="button" data-testid="unmark" disabled={busy} onClick={store.unmark}>Not handled</button> : null}
      </div>

      <h3>Replies</h3>
      {choices.length === 0 ? (
        <p class="notice" data-testid="no-replies">No reply templates for these tags. Add some in Options.</p>
      ) : (
        <ul class="reply-list">
          {choices.map((c) => (
            <ReplyCard key={`${c.category}/${c.template.id}`} choice={c} firstName={comment.firstName} busy={busy} onInsert={store.insert} onCopy={store.copy} />
          ))}
        </ul>
      )}
    </section>
  );
}
