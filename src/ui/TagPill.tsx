import { CATEGORY_META, type CategoryId } from '../core/categories.ts';

export interface TagPillProps {
  id: CategoryId;
}

/** Text + icon + colour, never colour alone (the same look as the in-page pills). */
export function TagPill({ id }: TagPillProps) {
  const meta = CATEGORY_META[id];
  return (
    <span
      class="tag-pill"
      data-tag={id}
      style={{ background: meta.background, color: meta.foreground, borderRadius: '999px', padding: '0 0.55em', fontSize: '0.8rem', whiteSpace: 'nowrap' }}
    >
      <span aria-hidden="true">{meta.icon} </span>
      {meta.label}
    </span>
  );
}
