/**
 * Settings as the content script gets them: from the background, already validated, repaired and
 * with the practice's managed policy applied — so the content script carries no schema code.
 */
import type { Settings } from '../core/settings/types.ts';
import { sendToExtension } from '../platform/messages.ts';
import { onKeysChanged } from '../platform/storage.ts';

/** Must equal SETTINGS_KEY in core/settings/storageRepair.ts (a unit test holds them together). */
export const STORED_SETTINGS_KEY = 'settings';

export async function fetchSettings(): Promise<Settings> {
  return (await sendToExtension('bg:get-settings', {})).settings;
}

/** Calls back with fresh settings whenever the stored or managed settings change. */
export function onSettingsChanged(callback: (settings: Settings) => void, onError: (e: unknown) => void, signal: AbortSignal): void {
  const refresh = () => {
    fetchSettings().then((s) => {
      if (!signal.aborted) callback(s);
    }, onError);
  };
  onKeysChanged(['local'], [STORED_SETTINGS_KEY], refresh, signal);
  onKeysChanged(['managed'], null, refresh, signal);
}
