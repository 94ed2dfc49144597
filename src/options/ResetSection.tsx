/** Reset to defaults, only after a confirmation; the settings before it stay undoable. */
import { useRef, useState } from 'preact/hooks';
import { defaultSettings } from '../core/settings/defaults.ts';
import { ConfirmPanel } from './ConfirmPanel.tsx';
import { useStore } from './store.ts';

export function ResetSection() {
  const store = useStore();
  const [asking, setAsking] = useState(false);
  const [keepPractice, setKeepPractice] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  // The confirmation had focus; when it goes, focus goes back to the button that opened it.
  const close = () => {
    setAsking(false);
    queueMicrotask(() => button.current?.focus());
  };

  async function reset() {
    close();
    const next = defaultSettings();
    if (keepPractice) next.practice = structuredClone(store.draft.value.practice);
    await store.replaceAll(next, 'Reset to the default settings and saved. “Undo last change” brings your settings back.');
  }

  return (
    <section id="reset" aria-labelledby="reset-heading" data-testid="section-reset">
      <h2 id="reset-heading">Reset</h2>
      <p class="section-intro">Go back to CalmReply's own replies and matching rules. Values set by your practice's IT stay as they are.</p>
      <div class="field switch">
        <input id="reset-keep-practice" type="checkbox" checked={keepPractice} onChange={(e) => setKeepPractice(e.currentTarget.checked)} />
        <label for="reset-keep-practice">Keep the practice details</label>
      </div>
      <div class="button-row">
        <button type="button" class="danger" ref={button} data-action="reset" aria-expanded={asking ? 'true' : 'false'} onClick={() => setAsking(true)}>
          Reset to defaults…
        </button>
      </div>
      {asking ? (
        <ConfirmPanel
          id="confirm-reset"
          title="Reset every setting to the defaults?"
          message={`Your ${keepPractice ? '' : 'practice details, '}replies and matching rules will be replaced by CalmReply's defaults and saved. You can undo this straight afterwards with “Undo last change”.`}
          confirmLabel="Reset and save"
          onConfirm={() => void reset()}
          onCancel={close}
        />
      ) : null}
    </section>
  );
}
