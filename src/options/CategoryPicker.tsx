/** Chooses which category a section shows: one button per category, the chosen one pressed. */
import { CATEGORY_IDS, CATEGORY_META, type CategoryId } from '../core/categories.ts';

export interface CategoryPickerProps {
  label: string;
  value: CategoryId;
  onChange(id: CategoryId): void;
  /** Extra words after each category's name, e.g. "(3 replies)". */
  note?: (id: CategoryId) => string;
}

export function CategoryPicker({ label, value, onChange, note }: CategoryPickerProps) {
  return (
    <div class="category-picker" role="group" aria-label={label}>
      {CATEGORY_IDS.map((id) => {
        const meta = CATEGORY_META[id];
        return (
          <button
            key={id}
            type="button"
            aria-pressed={id === value ? 'true' : 'false'}
            data-category={id}
            style={{ '--cat-bg': meta.background, '--cat-fg': meta.foreground }}
            onClick={() => onChange(id)}
          >
            <span aria-hidden="true">{meta.icon} </span>
            {meta.label}
            {note ? <span class="picker-note"> {note(id)}</span> : null}
          </button>
        );
      })}
    </div>
  );
}
