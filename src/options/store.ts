/**
 * The options page's state, as signals: the draft being edited, the settings as saved, the ones
 * before the last save (for undo), and what to tell the member of staff. Saving is what reaches
 * open Facebook tabs and the popup: they listen to storage changes.
 */
import { computed, signal, type ReadonlySignal, type Signal } from '@preact/signals';
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { validateSettings, type SettingsError } from '../core/settings/validate.ts';
import type { Settings } from '../core/settings/types.ts';
import type { LoadedSettings } from '../platform/settings-store.ts';
import { withLocked } from './paths.ts';

export const SAVED_MESSAGE = 'Saved. Open Facebook tabs now use these settings.';
export const UNDONE_MESSAGE = 'Undone. Your settings are back as they were before the last save, and open Facebook tabs use them.';

export interface StatusMessage {
  kind: 'ok' | 'error' | 'info';
  text: string;
}

export interface OptionsStore {
  /** What the member of staff is editing: the local settings, managed values not applied. */
  draft: Signal<Settings>;
  /** The local settings as last saved (or loaded). */
  saved: Signal<Settings>;
  /** The settings in effect, managed values applied (what the popup and tabs use). */
  effective: Signal<Settings>;
  locked: Signal<ReadonlySet<string>>;
  /** The settings before the last save, kept for "Undo last change"; null when there is none. */
  previous: Signal<Settings | null>;
  status: Signal<StatusMessage | null>;
  /** Problems found in the draft on the last save attempt. */
  errors: Signal<SettingsError[]>;
  /** Problems repaired when the settings were loaded. */
  problems: Signal<string[]>;
  dirty: ReadonlySignal<boolean>;
  /** The draft as CalmReply would use it: locked fields from the practice's IT. */
  preview: ReadonlySignal<Settings>;
  update(change: (draft: Settings) => void): void;
  save(): Promise<boolean>;
  /** Saves `settings` as a whole (import, reset); the previous settings stay undoable. */
  replaceAll(settings: Settings, message: string): Promise<boolean>;
  undo(): Promise<boolean>;
  discard(): void;
  /** Settings changed elsewhere (another tab, a policy update). */
  reload(loaded: LoadedSettings): void;
}

export interface StoreDeps {
  saveSettings(settings: Settings): Promise<void>;
}

const same = (a: Settings, b: Settings) => JSON.stringify(a) === JSON.stringify(b);

export function createOptionsStore(loaded: LoadedSettings, deps: StoreDeps): OptionsStore {
  const draft = signal(structuredClone(loaded.local));
  const saved = signal(structuredClone(loaded.local));
  const effective = signal(loaded.settings);
  const locked = signal<ReadonlySet<string>>(loaded.locked);
  const previous = signal<Settings | null>(null);
  const status = signal<StatusMessage | null>(null);
  const errors = signal<SettingsError[]>([]);
  const problems = signal(loaded.problems);
  const dirty = computed(() => !same(draft.value, saved.value));
  const preview = computed(() => withLocked(draft.value, effective.value, locked.value));

  async function write(next: Settings, message: string): Promise<boolean> {
    const before = saved.value;
    try {
      await deps.saveSettings(next);
    } catch (error) {
      status.value = { kind: 'error', text: `Not saved. ${error instanceof Error ? error.message : String(error)}` };
      return false;
    }
    saved.value = structuredClone(next);
    draft.value = structuredClone(next);
    // Until storage reports back, what is in effect is what was just saved, policy applied.
    effective.value = withLocked(next, effective.value, locked.value);
    if (!same(before, next)) previous.value = before;
    errors.value = [];
    status.value = { kind: 'ok', text: message };
    return true;
  }

  function check(next: Settings): boolean {
    const found = validateSettings(next).errors;
    errors.value = found;
    if (found.length === 0) return true;
    const n = found.length;
    status.value = {
      kind: 'error',
      text: `Not saved: ${n === 1 ? 'one thing needs' : `${n} things need`} fixing first. ${found[0]?.detail ?? ''}`.trim(),
    };
    return false;
  }

  return {
    draft, saved, effective, locked, previous, status, errors, problems, dirty, preview,
    update(change) {
      const next = structuredClone(draft.value);
      change(next);
      draft.value = next;
      // "Saved." would be stale beside an unsaved edit; a save error stays until the next try.
      if (status.value?.kind !== 'error') status.value = null;
    },
    async save() {
      if (!check(draft.value)) return false;
      return write(draft.value, SAVED_MESSAGE);
    },
    async replaceAll(settings, message) {
      if (!check(settings)) return false;
      return write(settings, message);
    },
    async undo() {
      const target = previous.value;
      if (target === null) return false;
      const ok = await write(target, UNDONE_MESSAGE);
      // One level: undoing the undo would be a redo, which nobody asked for.
      if (ok) previous.value = null;
      return ok;
    },
    discard() {
      draft.value = structuredClone(saved.value);
      errors.value = [];
      status.value = { kind: 'info', text: 'Unsaved changes discarded.' };
    },
    reload(next) {
      const wasDirty = dirty.value;
      effective.value = next.settings;
      locked.value = next.locked;
      if (same(next.local, saved.value)) return;
      saved.value = structuredClone(next.local);
      if (!wasDirty) draft.value = structuredClone(next.local);
      else status.value = { kind: 'info', text: 'The settings were changed in another window. Your unsaved changes are kept; saving will replace the other changes.' };
    },
  };
}

export const StoreContext = createContext<OptionsStore | null>(null);

export function useStore(): OptionsStore {
  const store = useContext(StoreContext);
  if (!store) throw new Error('The options page needs an OptionsStore (StoreContext.Provider).');
  return store;
}
