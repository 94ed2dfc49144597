import { useEffect, useRef } from 'preact/hooks';
import { useStore } from './context.ts';
import { CommentRow } from './CommentRow.tsx';

/** Up/Down/Home/End move between rows; Enter or Space opens one (the rows are buttons). */
function onListKey(event: KeyboardEvent): void {
  const rows = [...(event.currentTarget as HTMLElement).querySelectorAll<HTMLElement>('[data-testid="comment-row"]')];
  const at = rows.indexOf(document.activeElement as HTMLElement);
  const next = {
    ArrowDown: Math.min(at + 1, rows.length - 1),
    ArrowUp: Math.max(at - 1, 0),
    Home: 0,
    End: rows.length - 1,
  }[event.key];
  if (next === undefined || rows.length === 0) return;
  event.preventDefault();
  rows[next]?.focus();
}

export function CommentList() {
  const store = useStore();
  const list = useRef<HTMLUListElement>(null);
  const visible = store.visible.value;
  const total = store.ranked.value.length;
  const hidden = total - visible.length;

  useEffect(() => {
    // Coming back from a comment: focus its row (or the first row if it is now filtered out).
    const back = store.lastSelectedId.peek();
    const rows = list.current?.querySelectorAll<HTMLElement>('[data-testid="comment-row"]');
    if (!rows || rows.length === 0) return;
    const row = [...rows].find((r) => r.dataset.commentId === back) ?? rows[0];
    row?.focus();
  }, []);

  return (
    <section class="comment-list" data-testid="comment-list" aria-label="Tagged comments">
      <div class="list-bar">
        <label class="filter">
          <input
            type="checkbox"
            data-testid="filter-unhandled"
            checked={store.unhandledOnly.value}
            onChange={(e) => (store.unhandledOnly.value = (e.currentTarget as HTMLInputElement).checked)}
          />
          Not handled only
        </label>
        <span class="list-count" data-testid="list-count">
          {visible.length} of {total} tagged
        </span>
      </div>
      {visible.length === 0 ? (
        <p class="notice" data-testid="list-empty">
          {total === 0
            ? 'No comments here need one of CalmReply’s replies.'
            : `All ${total} tagged comments are handled. Untick “Not handled only” to see them.`}
        </p>
      ) : (
        <ul ref={list} class="rows" onKeyDown={onListKey}>
          {visible.map((c) => <CommentRow key={c.id} comment={c} onChoose={store.select} />)}
        </ul>
      )}
      {hidden > 0 && visible.length > 0 ? <p class="list-hidden">{hidden} handled not shown.</p> : null}
    </section>
  );
}
