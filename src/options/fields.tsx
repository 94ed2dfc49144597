/**
 * Labelled form controls bound to a settings path: each shows its hint, its validation error and,
 * when the practice's IT sets the value by policy, the managed value locked with a note saying so.
 */
import type { ComponentChildren } from 'preact';
import { getPath, isLocked, isWithin, setPath } from './paths.ts';
import { useStore } from './store.ts';

export const LOCKED_NOTE = "Set by your practice's IT";

export function idFor(path: string): string {
  return `opt-${path.replace(/[^\w-]+/gu, '-')}`;
}

export interface BoundField<T> {
  id: string;
  value: T;
  locked: boolean;
  error: string | null;
  set(value: T): void;
}

/** Reads `path` from the draft (or, when locked, from the managed settings in effect). */
export function useField<T>(path: string): BoundField<T> {
  const store = useStore();
  const locked = isLocked(store.locked.value, path);
  const source = locked ? store.effective.value : store.draft.value;
  const error = store.errors.value.find((e) => isWithin(e.path, path));
  return {
    id: idFor(path),
    value: getPath(source, path) as T,
    locked,
    error: error ? error.detail : null,
    set(value) {
      if (!locked) store.update((d) => setPath(d, path, value));
    },
  };
}

export function LockedNote({ id }: { id: string }) {
  return (
    <p class="locked-note" id={id} data-testid="locked-note">
      <span aria-hidden="true">🔒 </span>
      {LOCKED_NOTE}. You can't change this here; ask them if it needs to change.
    </p>
  );
}

export function FieldError({ id, error }: { id: string; error: string | null }) {
  if (!error) return null;
  return <p class="field-error" id={id} role="alert">{error}</p>;
}

/** The ids a control should point to with aria-describedby, for whatever is shown. */
export function describedBy(id: string, parts: { hint?: unknown; locked?: boolean; error?: unknown }): string | undefined {
  const ids = [parts.hint ? `${id}-hint` : '', parts.locked ? `${id}-locked` : '', parts.error ? `${id}-error` : ''].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

export interface TextFieldProps {
  path: string;
  label: string;
  hint?: ComponentChildren;
  type?: 'text' | 'email' | 'tel' | 'url';
  multiline?: boolean;
  rows?: number;
  autocomplete?: string;
}

export function TextField({ path, label, hint, type = 'text', multiline = false, rows = 3, autocomplete = 'off' }: TextFieldProps) {
  const field = useField<string>(path);
  const common = {
    id: field.id,
    name: path,
    value: field.value ?? '',
    readOnly: field.locked,
    'aria-disabled': field.locked ? ('true' as const) : undefined,
    'aria-invalid': field.error ? ('true' as const) : undefined,
    'aria-describedby': describedBy(field.id, { hint, locked: field.locked, error: field.error }),
    onInput: (e: Event) => field.set((e.currentTarget as HTMLInputElement | HTMLTextAreaElement).value),
  };
  return (
    <div class={`field${field.locked ? ' locked' : ''}`} data-path={path}>
      <label for={field.id}>{label}</label>
      {hint ? <p class="hint" id={`${field.id}-hint`}>{hint}</p> : null}
      {multiline ? <textarea {...common} rows={rows} /> : <input {...common} type={type as 'text'} autocomplete={autocomplete} />}
      {field.locked ? <LockedNote id={`${field.id}-locked`} /> : null}
      <FieldError id={`${field.id}-error`} error={field.error} />
    </div>
  );
}

export interface SelectFieldProps {
  path: string;
  label: string;
  hint?: ComponentChildren;
  options: ReadonlyArray<{ value: string; label: string }>;
}

export function SelectField({ path, label, hint, options }: SelectFieldProps) {
  const field = useField<string>(path);
  return (
    <div class={`field${field.locked ? ' locked' : ''}`} data-path={path}>
      <label for={field.id}>{label}</label>
      {hint ? <p class="hint" id={`${field.id}-hint`}>{hint}</p> : null}
      <select
        id={field.id}
        name={path}
        value={field.value}
        disabled={field.locked}
        aria-disabled={field.locked ? 'true' : undefined}
        aria-describedby={describedBy(field.id, { hint, locked: field.locked, error: field.error })}
        onChange={(e) => field.set((e.currentTarget as HTMLSelectElement).value)}
      >
        {options.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
      </select>
      {field.locked ? <LockedNote id={`${field.id}-locked`} /> : null}
      <FieldError id={`${field.id}-error`} error={field.error} />
    </div>
  );
}
