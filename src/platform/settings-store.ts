/**
 * Settings as every part of the extension reads them: the stored value validated and repaired
 * (the original kept under a backup key when anything was wrong), then the practice IT's managed
 * policy applied on top (those fields locked).
 */
import { applyManaged } from '../core/settings/managed.ts';
import { readStoredSettings, SETTINGS_BACKUP_KEY, SETTINGS_KEY } from '../core/settings/storageRepair.ts';
import type { Settings } from '../core/settings/types.ts';
import { browser } from './browser.ts';
import { StorageWriteError } from './storage.ts';

export interface LoadedSettings {
  settings: Settings;
  /** The stored (local) settings before managed values were applied: what the options page edits. */
  local: Settings;
  /** Paths set by the practice's IT (e.g. 'practice.phone'), shown locked in the options page. */
  locked: Set<string>;
  /** What was wrong with the stored or managed values and has been repaired (British English). */
  problems: string[];
}

async function readManaged(): Promise<unknown> {
  try {
    // Rejects (Chrome) or answers empty (Firefox) when no policy is set: both mean "none".
    return await browser.storage.managed.get(null);
  } catch {
    return {};
  }
}

async function readRaw(): Promise<unknown> {
  return (await browser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY];
}

function same(a: unknown, b: unknown): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}

export async function loadSettings(attempt = 0): Promise<LoadedSettings> {
  const raw = await readRaw();
  const stored = readStoredSettings(raw);
  const problems = stored.errors.map((e) => `${e.path}: ${e.message}`);
  // Storage has no compare-and-set: look again just before writing, so a save made by another
  // page meanwhile (the options page, another tab) is read rather than overwritten.
  if (stored.changed && attempt < 3 && !same(await readRaw(), raw)) return loadSettings(attempt + 1);
  if (stored.changed) {
    // First run, a migration or a repair: store the result so every part reads the same thing,
    // keeping a damaged or older original under the backup key — never lose what was there.
    const items: Record<string, unknown> = { [SETTINGS_KEY]: stored.settings };
    if (stored.backup !== null) items[SETTINGS_BACKUP_KEY] = stored.backup;
    await browser.storage.local.set(items)
      .catch((error: unknown) => problems.push(new StorageWriteError(SETTINGS_KEY, error).message));
  }
  const managed = applyManaged(stored.settings, await readManaged());
  problems.push(...managed.errors.map((e) => `Managed setting ${e.path}: ${e.message}`));
  return { settings: managed.settings, local: stored.settings, locked: managed.locked, problems };
}

export async function saveSettings(settings: Settings): Promise<void> {
  try {
    await browser.storage.local.set({ [SETTINGS_KEY]: settings });
  } catch (error) {
    throw new StorageWriteError(SETTINGS_KEY, error);
  }
}

/** Calls back with freshly loaded settings whenever the stored or managed settings change. */
export function onSettingsChanged(callback: (loaded: LoadedSettings) => void, signal: AbortSignal): void {
  if (signal.aborted) return;
  const listener = (changes: Record<string, unknown>, area: string) => {
    if ((area === 'local' && SETTINGS_KEY in changes) || area === 'managed') {
      void loadSettings().then((loaded) => {
        if (!signal.aborted) callback(loaded);
      });
    }
  };
  browser.storage.onChanged.addListener(listener);
  signal.addEventListener('abort', () => browser.storage.onChanged.removeListener(listener), { once: true });
}
