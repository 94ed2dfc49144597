/**
 * Tagging for the content script. The classifier and its knowledge (most of the extension's code
 * by size) live here rather than in the script injected into every Facebook page; the compiled
 * settings are kept between batches and dropped whenever the stored or managed settings change.
 */
import { classify, type TagHit } from '../core/classifier/index.ts';
import { SETTINGS_KEY } from '../core/settings/storageRepair.ts';
import type { Settings } from '../core/settings/types.ts';
import { loadSettings } from '../platform/settings-store.ts';
import { onKeysChanged } from '../platform/storage.ts';

/** More than a page shows at once; the content script sends batches no larger than this. */
export const MAX_BATCH = 1_000;

let settings: Promise<Settings> | null = null;

export function watchSettingsForTagging(signal: AbortSignal): void {
  const drop = () => {
    settings = null;
  };
  onKeysChanged(['local'], [SETTINGS_KEY], drop, signal);
  onKeysChanged(['managed'], null, drop, signal);
}

/**
 * Settings just loaded for a content script: tag with exactly these from now on. (The content
 * script asks for settings before re-tagging, so its next batches never meet a stale cache, even
 * if this worker hears of the storage change after the content script does.)
 */
export function useSettingsForTagging(loaded: Settings): void {
  settings = Promise.resolve(loaded);
}

export async function classifyBatch(texts: unknown): Promise<{ tags: TagHit[][] }> {
  if (!Array.isArray(texts) || texts.length > MAX_BATCH || !texts.every((t) => typeof t === 'string')) {
    throw new Error(`bg:classify takes up to ${MAX_BATCH} texts`);
  }
  settings ??= loadSettings().then((loaded) => loaded.settings);
  const current = await settings;
  return { tags: texts.map((text: string) => classify(text, current).tags) };
}
