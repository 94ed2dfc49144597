/**
 * One reply template: title, text, a placeholder picker that inserts at the caret, a live
 * preview and the wording check beside it. Used for every category's templates and the
 * complaints note.
 */
import type { ComponentChildren } from 'preact';
import { useLayoutEffect, useRef } from 'preact/hooks';
import { PLACEHOLDERS } from '../core/templates/index.ts';
import { describedBy, FieldError, LockedNote, useField } from './fields.tsx';
import type { SampleComment } from './samples.ts';
import { useStore } from './store.ts';
import { TemplatePreview } from './TemplatePreview.tsx';
import { WordingWarnings } from './WordingWarnings.tsx';

export interface TemplateEditorProps {
  /** e.g. "categories.urgent.templates[0]" or "complaintsNote". */
  path: string;
  sample: SampleComment;
  /** Heading text for this template's group (the fieldset legend). */
  legend: string;
  templateId?: string;
  /** Move and remove buttons, when the template is one of a list. */
  actions?: ComponentChildren;
}

export function TemplateEditor({ path, sample, legend, templateId, actions }: TemplateEditorProps) {
  const store = useStore();
  const title = useField<string>(`${path}.title`);
  const text = useField<string>(`${path}.text`);
  const area = useRef<HTMLTextAreaElement>(null);
  const caret = useRef<number | null>(null);

  useLayoutEffect(() => {
    const el = area.current;
    if (caret.current === null || !el) return;
    el.focus();
    el.setSelectionRange(caret.current, caret.current);
    caret.current = null;
  });

  function insert(name: string) {
    const el = area.current;
    const value = text.value ?? '';
    const start = el?.selectionStart ?? value.length;
    const end = el?.selectionEnd ?? start;
    const token = `{${name}}`;
    caret.current = start + token.length;
    text.set(value.slice(0, start) + token + value.slice(end));
  }

  const locked = text.locked;
  const hintId = `${text.id}-hint`;
  return (
    <fieldset class={`template${locked ? ' locked' : ''}`} data-testid="template-editor" data-template-id={templateId} data-path={path}>
      <legend>{legend}</legend>
      {locked ? <LockedNote id={`${text.id}-locked`} /> : null}
      <div class="template-grid">
        <div class="template-edit">
          <div class="field">
            <label for={title.id}>Title</label>
            <input
              id={title.id}
              type="text"
              value={title.value ?? ''}
              readOnly={locked}
              aria-disabled={locked ? 'true' : undefined}
              aria-invalid={title.error ? 'true' : undefined}
              aria-describedby={describedBy(title.id, { locked, error: title.error })}
              data-field="title"
              onInput={(e) => title.set(e.currentTarget.value)}
            />
            <FieldError id={`${title.id}-error`} error={title.error} />
          </div>
          <div class="field">
            <label for={text.id}>Reply text</label>
            <p class="hint" id={hintId}>Line breaks are kept. Words in braces, like {'{phone}'}, are filled in from the practice details.</p>
            <textarea
              id={text.id}
              ref={area}
              rows={6}
              value={text.value ?? ''}
              readOnly={locked}
              aria-disabled={locked ? 'true' : undefined}
              aria-invalid={text.error ? 'true' : undefined}
              aria-describedby={[describedBy(text.id, { hint: true, locked, error: text.error }), `${text.id}-wording`].join(' ')}
              data-field="text"
              onInput={(e) => text.set(e.currentTarget.value)}
            />
            <FieldError id={`${text.id}-error`} error={text.error} />
          </div>
          {locked ? null : (
            <div class="placeholder-picker" role="group" aria-label="Insert a placeholder at the cursor">
              <span class="picker-label" aria-hidden="true">Insert:</span>
              {PLACEHOLDERS.map((p) => (
                <button
                  key={p.name}
                  type="button"
                  class="chip"
                  title={p.description}
                  aria-label={`Insert {${p.name}}: ${p.description}`}
                  data-placeholder={p.name}
                  onClick={() => insert(p.name)}
                >
                  {`{${p.name}}`}
                </button>
              ))}
            </div>
          )}
          {actions ? <div class="button-row template-actions">{actions}</div> : null}
        </div>
        <div class="template-side">
          <WordingWarnings id={`${text.id}-wording`} text={text.value ?? ''} />
          <TemplatePreview id={`${text.id}-preview`} text={text.value ?? ''} practice={store.preview.value.practice} sample={sample} />
        </div>
      </div>
    </fieldset>
  );
}
