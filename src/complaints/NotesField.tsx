import { useEffect, useRef, useState } from 'preact/hooks';

export interface NotesFieldProps {
  recordId: string;
  value: string;
  onSave: (notes: string) => Promise<boolean>;
  /** Typing pauses this long before saving. */
  debounceMs?: number;
}

type SaveState = 'idle' | 'saving' | 'saved' | 'failed';

/** Notes saved on blur and after a pause in typing, with "Saved" feedback. */
export function NotesField({ recordId, value, onSave, debounceMs = 800 }: NotesFieldProps) {
  const [draft, setDraft] = useState(value);
  const [state, setState] = useState<SaveState>('idle');
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const editing = useRef(false);
  const lastSaved = useRef(value);

  // A change from another tab shows up, unless the person is typing here.
  useEffect(() => {
    if (!editing.current) {
      setDraft(value);
      lastSaved.current = value;
    }
  }, [value]);
  useEffect(() => () => {
    if (timer.current) clearTimeout(timer.current);
  }, []);

  const save = async (text: string) => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    if (text === lastSaved.current) return;
    setState('saving');
    const ok = await onSave(text);
    if (ok) lastSaved.current = text;
    setState(ok ? 'saved' : 'failed');
  };

  const id = `notes-${recordId}`;
  return (
    <div class="notes">
      <label class="visually-hidden" for={id}>Notes</label>
      <textarea
        id={id}
        data-testid="notes"
        rows={2}
        value={draft}
        onFocus={() => (editing.current = true)}
        onInput={(e) => {
          const text = (e.currentTarget as HTMLTextAreaElement).value;
          setDraft(text);
          setState('idle');
          if (timer.current) clearTimeout(timer.current);
          timer.current = setTimeout(() => void save(text), debounceMs);
        }}
        onBlur={(e) => {
          editing.current = false;
          void save((e.currentTarget as HTMLTextAreaElement).value);
        }}
      />
      <span class="save-state" data-testid="notes-state" aria-live="polite">
        {state === 'saving' ? 'Saving…' : state === 'saved' ? 'Saved' : state === 'failed' ? 'Not saved' : ''}
      </span>
    </div>
  );
}
