/** "Replies by category": each category's templates, added, removed, reordered and edited. */
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { CATEGORY_META, type CategoryId } from '../core/categories.ts';
import { LIMITS } from '../core/settings/schema.ts';
import type { ReplyTemplate } from '../core/settings/types.ts';
import { CategoryPicker } from './CategoryPicker.tsx';
import { ConfirmPanel } from './ConfirmPanel.tsx';
import { LockedNote } from './fields.tsx';
import { isLocked } from './paths.ts';
import { SAMPLE_COMMENTS } from './samples.ts';
import { useStore } from './store.ts';
import { TemplateEditor } from './TemplateEditor.tsx';

/** A new template id: valid for the schema and unique within its category. */
export function newTemplateId(category: CategoryId, taken: readonly ReplyTemplate[]): string {
  const ids = new Set(taken.map((t) => t.id));
  let n = taken.length + 1;
  while (ids.has(`${category}-custom-${n}`)) n++;
  return `${category}-custom-${n}`;
}

type Focus = { id: string; selector: string } | null;

export function TemplatesSection() {
  const store = useStore();
  const [category, setCategory] = useState<CategoryId>('urgent');
  const [removing, setRemoving] = useState<string | null>(null);
  const focus = useRef<Focus>(null);
  const list = useRef<HTMLDivElement>(null);

  // Keyed items move in the DOM when reordered, which drops focus in some browsers: put it back.
  useLayoutEffect(() => {
    const want = focus.current;
    if (!want || !list.current) return;
    focus.current = null;
    if (want.id === '') {
      list.current.parentElement?.querySelector<HTMLElement>('[data-action="add-template"]')?.focus();
      return;
    }
    const item = list.current.querySelector(`[data-template-id="${CSS.escape(want.id)}"]`);
    const target = item?.querySelector<HTMLElement>(want.selector);
    const fallback = item?.querySelector<HTMLElement>('[data-action="move-up"]:not(:disabled), [data-action="move-down"]:not(:disabled), [data-field="title"]');
    (target && !(target as HTMLButtonElement).disabled ? target : fallback)?.focus();
  });

  const path = `categories.${category}.templates`;
  const locked = isLocked(store.locked.value, path);
  const source = locked ? store.effective.value : store.draft.value;
  const templates = source.categories[category].templates;
  const label = CATEGORY_META[category].label;
  const full = templates.length >= LIMITS.templatesPerCategory;

  function edit(change: (list: ReplyTemplate[]) => void) {
    store.update((d) => change(d.categories[category].templates));
  }

  function move(index: number, by: -1 | 1, id: string) {
    edit((list) => {
      const [item] = list.splice(index, 1);
      if (item) list.splice(index + by, 0, item);
    });
    focus.current = { id, selector: `[data-action="${by < 0 ? 'move-up' : 'move-down'}"]` };
  }

  function add() {
    const id = newTemplateId(category, templates);
    edit((list) => list.push({ id, title: `New ${label.toLowerCase()} reply`, text: '' }));
    focus.current = { id, selector: '[data-field="title"]' };
  }

  return (
    <section id="templates" aria-labelledby="templates-heading" data-testid="section-templates">
      <h2 id="templates-heading">Replies by category</h2>
      <p class="section-intro">The popup offers these replies, in this order, for a comment with the category's tag. The preview shows each one as a reply to a typical comment.</p>
      <CategoryPicker
        label="Show the replies for"
        value={category}
        onChange={(id) => { setCategory(id); setRemoving(null); }}
        note={(id) => `(${(isLocked(store.locked.value, `categories.${id}.templates`) ? store.effective.value : store.draft.value).categories[id].templates.length})`}
      />
      <h3 id="templates-category-heading">{label} replies</h3>
      {locked ? <LockedNote id="templates-locked" /> : null}
      <div class="template-list" ref={list} data-testid="template-list" data-category={category}>
        {templates.length === 0 ? <p class="notice warn">There are no replies for {label} comments yet. The popup will offer none.</p> : null}
        {templates.map((t, i) => {
          const name = t.title.trim() || `Reply ${i + 1}`;
          return (
            <div key={t.id} class="template-item" data-template-id={t.id}>
              <TemplateEditor
                path={`${path}[${i}]`}
                templateId={t.id}
                sample={SAMPLE_COMMENTS[category]}
                legend={`Reply ${i + 1} of ${templates.length}: ${name}`}
                actions={locked ? null : (
                  <>
                    <button type="button" data-action="move-up" disabled={i === 0} aria-label={`Move “${name}” up`} onClick={() => move(i, -1, t.id)}>↑ Move up</button>
                    <button type="button" data-action="move-down" disabled={i === templates.length - 1} aria-label={`Move “${name}” down`} onClick={() => move(i, 1, t.id)}>↓ Move down</button>
                    <button type="button" class="danger" data-action="remove" aria-label={`Remove “${name}”`} onClick={() => setRemoving(t.id)}>Remove</button>
                  </>
                )}
              />
              {removing === t.id ? (
                <ConfirmPanel
                  id="confirm-remove-template"
                  title={`Remove “${name}”?`}
                  message="The popup will stop offering this reply once you save. You can undo the save afterwards."
                  confirmLabel="Remove reply"
                  cancelLabel="Keep it"
                  onConfirm={() => {
                    setRemoving(null);
                    // The removed reply had focus: move it to the one that takes its place.
                    const next = templates[i + 1] ?? templates[i - 1];
                    focus.current = next ? { id: next.id, selector: '[data-field="title"]' } : { id: '', selector: '' };
                    edit((list) => {
                      const at = list.findIndex((x) => x.id === t.id);
                      if (at >= 0) list.splice(at, 1);
                    });
                  }}
                  onCancel={() => {
                    setRemoving(null);
                    focus.current = { id: t.id, selector: '[data-action="remove"]' };
                  }}
                />
              ) : null}
            </div>
          );
        })}
      </div>
      {locked ? null : (
        <div class="button-row">
          <button type="button" data-action="add-template" disabled={full} aria-describedby={full ? 'templates-full' : undefined} onClick={add}>
            + Add {/^[aeiou]/iu.test(label) ? 'an' : 'a'} {label.toLowerCase()} reply
          </button>
          {full ? <p class="hint" id="templates-full">A category can have up to {LIMITS.templatesPerCategory} replies.</p> : null}
        </div>
      )}
    </section>
  );
}
