/**
 * An in-page confirmation (role="alertdialog") for things that cannot be taken back by typing:
 * removing a template, replacing every setting. Focus starts on the safe choice; Escape cancels.
 */
import { useEffect, useRef } from 'preact/hooks';

export interface ConfirmPanelProps {
  id: string;
  title: string;
  message: string;
  confirmLabel: string;
  cancelLabel?: string;
  onConfirm(): void;
  onCancel(): void;
}

export function ConfirmPanel({ id, title, message, confirmLabel, cancelLabel = 'Cancel', onConfirm, onCancel }: ConfirmPanelProps) {
  const cancel = useRef<HTMLButtonElement>(null);
  useEffect(() => cancel.current?.focus(), []);
  return (
    <div
      class="confirm-panel"
      role="alertdialog"
      aria-modal="false"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-message`}
      data-testid={id}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          onCancel();
        }
      }}
    >
      <p class="confirm-title" id={`${id}-title`}><strong>{title}</strong></p>
      <p id={`${id}-message`}>{message}</p>
      <div class="button-row">
        <button type="button" class="danger" data-action="confirm" onClick={onConfirm}>{confirmLabel}</button>
        <button type="button" ref={cancel} data-action="cancel" onClick={onCancel}>{cancelLabel}</button>
      </div>
    </div>
  );
}
