/**
 * A list of phrases edited as one phrase a line. The text is kept as typed (blank lines and all)
 * while the member of staff is in the box, and the draft gets the cleaned list.
 */
import { useState } from 'preact/hooks';
import { describedBy, FieldError, LockedNote, useField } from './fields.tsx';

export function toPhrases(text: string): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const line of text.split(/\r?\n/u)) {
    const phrase = line.trim().replace(/\s+/gu, ' ');
    const key = phrase.toLocaleLowerCase('en-GB');
    if (phrase === '' || seen.has(key)) continue;
    seen.add(key);
    out.push(phrase);
  }
  return out;
}

export interface PhraseListProps {
  path: string;
  label: string;
  hint: string;
}

export function PhraseList({ path, label, hint }: PhraseListProps) {
  const field = useField<string[]>(path);
  const phrases = field.value ?? [];
  const [typed, setTyped] = useState<string | null>(null);
  // What was typed wins while it still means the same list; otherwise (undo, import) the list does.
  const shown = typed !== null && JSON.stringify(toPhrases(typed)) === JSON.stringify(phrases) ? typed : phrases.join('\n');
  return (
    <div class={`field${field.locked ? ' locked' : ''}`} data-path={path}>
      <label for={field.id}>{label}</label>
      <p class="hint" id={`${field.id}-hint`}>{hint}</p>
      <textarea
        id={field.id}
        rows={4}
        value={shown}
        readOnly={field.locked}
        aria-disabled={field.locked ? 'true' : undefined}
        aria-invalid={field.error ? 'true' : undefined}
        aria-describedby={describedBy(field.id, { hint, locked: field.locked, error: field.error })}
        onInput={(e) => {
          const value = e.currentTarget.value;
          setTyped(value);
          field.set(toPhrases(value));
        }}
      />
      <p class="hint count">{phrases.length === 1 ? '1 phrase' : `${phrases.length} phrases`}</p>
      {field.locked ? <LockedNote id={`${field.id}-locked`} /> : null}
      <FieldError id={`${field.id}-error`} error={field.error} />
    </div>
  );
}
