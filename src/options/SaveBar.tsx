/**
 * Save, undo and discard, always in view, with the unsaved-changes indicator and the live region
 * that says what happened.
 */
import { useStore } from './store.ts';

export function SaveBar() {
  const store = useStore();
  const status = store.status.value;
  const dirty = store.dirty.value;
  return (
    <div class="save-bar" data-testid="save-bar" data-dirty={dirty ? 'true' : 'false'}>
      <p class={`dirty-indicator${dirty ? ' is-dirty' : ''}`} data-testid="dirty-indicator">
        {dirty ? <><span aria-hidden="true">● </span>You have unsaved changes.</> : 'All changes saved.'}
      </p>
      <div class="button-row">
        <button type="button" class="primary" data-action="save" disabled={!dirty} onClick={() => void store.save()}>
          Save changes
        </button>
        <button
          type="button"
          data-action="undo"
          disabled={store.previous.value === null}
          aria-describedby="undo-hint"
          onClick={() => void store.undo()}
        >
          Undo last change
        </button>
        <button type="button" data-action="discard" disabled={!dirty} onClick={() => store.discard()}>
          Discard unsaved changes
        </button>
      </div>
      <p class="visually-hidden" id="undo-hint">Puts back the settings as they were before the last save, and saves them.</p>
      <div role="status" aria-live="polite" data-testid="save-status" class="status-slot">
        {status && status.kind !== 'error' ? <p class={`notice ${status.kind === 'ok' ? 'ok' : ''}`}>{status.text}</p> : null}
      </div>
      <div role="alert" data-testid="save-error" class="status-slot">
        {status?.kind === 'error' ? <p class="notice error">{status.text}</p> : null}
      </div>
    </div>
  );
}
