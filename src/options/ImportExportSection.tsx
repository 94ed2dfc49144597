/**
 * Export all settings as a versioned JSON file, and import one: a file that is refused changes
 * nothing and says why; an accepted one is summarised and replaces the settings only when
 * confirmed. Everything happens in the page; nothing is sent anywhere.
 */
import { useRef, useState } from 'preact/hooks';
import { CATEGORY_IDS, CATEGORY_META } from '../core/categories.ts';
import { exportSettings, MAX_IMPORT_BYTES, parseSettingsFile } from '../core/settings/importExport.ts';
import type { Settings } from '../core/settings/types.ts';
import { ConfirmPanel } from './ConfirmPanel.tsx';
import { useStore } from './store.ts';

/** calmreply-settings-YYYY-MM-DD.json, in the member of staff's own calendar day. */
export function exportFileName(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `calmreply-settings-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}.json`;
}

function download(name: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  // Revoked later: some browsers start the download after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

interface Pending {
  fileName: string;
  settings: Settings;
  warnings: string[];
}

function Summary({ settings }: { settings: Settings }) {
  const templates = CATEGORY_IDS.reduce((n, id) => n + settings.categories[id].templates.length, 0);
  const off = CATEGORY_IDS.filter((id) => !settings.categories[id].enabled).map((id) => CATEGORY_META[id].label);
  const phrases = CATEGORY_IDS.reduce((n, id) => n + settings.categories[id].extraPhrases.length + settings.categories[id].ignorePhrases.length, 0);
  return (
    <ul class="import-summary" data-testid="import-summary">
      <li>Practice: {settings.practice.name.trim() || 'no practice name set'}</li>
      <li>{templates} reply templates across {CATEGORY_IDS.length} categories</li>
      <li>{off.length ? `Switched off: ${off.join(', ')}` : 'Every category switched on'}</li>
      <li>{phrases} extra or ignored phrases</li>
    </ul>
  );
}

export function ImportExportSection({ now = () => new Date() }: { now?: () => Date }) {
  const store = useStore();
  const input = useRef<HTMLInputElement>(null);
  const [error, setError] = useState<string | null>(null);
  const [exported, setExported] = useState<string | null>(null);
  const [pending, setPending] = useState<Pending | null>(null);

  function onExport() {
    const name = exportFileName(now());
    download(name, exportSettings(store.effective.value, now()));
    setExported(
      `Downloaded ${name}.` + (store.dirty.value ? ' It has your saved settings; the unsaved changes on this page are not in it.' : ''),
    );
  }

  async function onFile(file: File | undefined) {
    setError(null);
    setPending(null);
    setExported(null);
    if (!file) return;
    if (file.size > MAX_IMPORT_BYTES) {
      setError(`“${file.name}” is too large to be CalmReply settings (more than ${MAX_IMPORT_BYTES / 1_000_000} MB). Nothing has been changed.`);
      return;
    }
    let text: string;
    try {
      text = await file.text();
    } catch {
      setError(`“${file.name}” could not be read. Nothing has been changed.`);
      return;
    }
    const result = parseSettingsFile(text);
    if (!result.ok) setError(`“${file.name}” was not imported. ${result.error}`);
    else setPending({ fileName: file.name, settings: result.settings, warnings: result.warnings });
  }

  function closePending() {
    setPending(null);
    if (input.current) input.current.value = '';
    // The confirmation had focus; give it back to the file chooser.
    queueMicrotask(() => input.current?.focus());
  }

  async function confirmImport(p: Pending) {
    closePending();
    await store.replaceAll(p.settings, `Imported the settings from “${p.fileName}” and saved them. Open Facebook tabs now use them.`);
  }

  return (
    <section id="import-export" aria-labelledby="import-export-heading" data-testid="section-import-export">
      <h2 id="import-export-heading">Import and export</h2>
      <p class="section-intro">Share one wording between the practice's staff: export the settings here, then import the file on each member of staff's browser. The file stays on your computer; CalmReply sends nothing anywhere.</p>
      <div class="button-row">
        <button type="button" data-action="export" onClick={onExport}>Export settings</button>
      </div>
      <p role="status" class="hint" data-testid="export-status">{exported}</p>
      <div class="field">
        <label for="import-file">Import settings from a file</label>
        <p class="hint" id="import-file-hint">A .json file exported from CalmReply. You will see what is in it and be asked before anything changes.</p>
        <input
          id="import-file"
          ref={input}
          type="file"
          accept=".json,application/json"
          aria-describedby="import-file-hint"
          data-testid="import-file"
          onChange={(e) => void onFile(e.currentTarget.files?.[0])}
        />
      </div>
      <div role="alert" data-testid="import-error">{error ? <p class="notice error">{error}</p> : null}</div>
      {pending ? (
        <div class="import-pending" data-testid="import-pending">
          <p>“{pending.fileName}” contains:</p>
          <Summary settings={pending.settings} />
          {pending.warnings.length ? (
            <details>
              <summary>{pending.warnings.length === 1 ? '1 note' : `${pending.warnings.length} notes`} about this file</summary>
              <ul>{pending.warnings.map((w, i) => <li key={i}>{w}</li>)}</ul>
            </details>
          ) : null}
          <ConfirmPanel
            id="confirm-import"
            title="Replace all your settings with these?"
            message={`Your practice details, replies and matching rules will be replaced and saved.${store.dirty.value ? ' Your unsaved changes on this page will be lost.' : ''} You can undo this afterwards with “Undo last change”.`}
            confirmLabel="Replace and save"
            onConfirm={() => void confirmImport(pending)}
            onCancel={closePending}
          />
        </div>
      ) : null}
    </section>
  );
}
