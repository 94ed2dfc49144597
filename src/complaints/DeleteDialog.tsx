import { useEffect, useRef } from 'preact/hooks';

export interface DeleteDialogProps {
  commenter: string;
  onConfirm: () => void;
  onCancel: () => void;
}

/** A modal confirmation; Cancel has focus, Escape cancels, Tab stays inside. */
export function DeleteDialog({ commenter, onConfirm, onCancel }: DeleteDialogProps) {
  const box = useRef<HTMLDivElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    const before = document.activeElement as HTMLElement | null;
    cancel.current?.focus();
    return () => before?.focus();
  }, []);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      onCancel();
    } else if (event.key === 'Tab') {
      const buttons = [...(box.current?.querySelectorAll<HTMLElement>('button') ?? [])];
      const at = buttons.indexOf(document.activeElement as HTMLElement);
      const next = event.shiftKey ? (at <= 0 ? buttons.length - 1 : at - 1) : (at + 1) % buttons.length;
      event.preventDefault();
      buttons[next]?.focus();
    }
  };

  return (
    <div class="backdrop">
      <div
        ref={box}
        class="dialog"
        role="alertdialog"
        aria-modal="true"
        aria-labelledby="delete-title"
        aria-describedby="delete-text"
        data-testid="delete-dialog"
        onKeyDown={onKeyDown}
      >
        <h2 id="delete-title">Delete complaint record</h2>
        <p id="delete-text">Delete this complaint record? This cannot be undone.</p>
        <p class="muted">Commenter: {commenter || 'unknown'}</p>
        <div class="actions">
          <button ref={cancel} type="button" data-testid="delete-cancel" onClick={onCancel}>Cancel</button>
          <button type="button" class="danger" data-testid="delete-confirm" onClick={onConfirm}>Delete</button>
        </div>
      </div>
    </div>
  );
}
