/**
 * Reading settings from storage (pure: the storage wrapper passes in what it read and writes back
 * what this returns). A corrupt value is repaired, never refused: the extension must keep working,
 * and nothing is silently dropped because the original comes back as `backup` for the caller to
 * keep under SETTINGS_BACKUP_KEY.
 */
import { defaultSettings, SCHEMA_VERSION } from './defaults.ts';
import { invalid, type SettingsError } from './errors.ts';
import { migrateSettings } from './migrate.ts';
import type { Settings } from './types.ts';
import { validateSettings } from './validate.ts';

export const SETTINGS_KEY = 'settings';
export const SETTINGS_BACKUP_KEY = 'settings:backup';

export interface StoredSettingsResult {
  settings: Settings;
  errors: SettingsError[];
  /** The original stored value when it was repaired or migrated (write it to SETTINGS_BACKUP_KEY), else null. */
  backup: unknown;
  /** The version the stored value had (NaN when it had none that could be used). */
  fromVersion: number;
  /** True when `settings` differs from what was stored, so the caller should write it back. */
  changed: boolean;
}

/** Settings stored as JSON text (by an older build or by hand) are read, not thrown away. */
function fromText(raw: unknown, errors: SettingsError[]): unknown {
  if (typeof raw !== 'string' || raw.length > 1_000_000) return raw;
  try {
    const parsed: unknown = JSON.parse(raw);
    if (typeof parsed !== 'object' || parsed === null) return raw;
    errors.push(invalid('', 'was stored as text rather than as an object', 'it was read as JSON and stored again'));
    return parsed;
  } catch {
    return raw;
  }
}

export function readStoredSettings(raw: unknown): StoredSettingsResult {
  // Nothing stored yet: first run.
  if (raw === undefined || raw === null) {
    return { settings: defaultSettings(), errors: [], backup: null, fromVersion: SCHEMA_VERSION, changed: true };
  }
  const errors: SettingsError[] = [];
  const { value, fromVersion } = migrateSettings(fromText(raw, errors));
  if (fromVersion > SCHEMA_VERSION) {
    errors.push(
      invalid(
        'schemaVersion',
        `was ${fromVersion}, from a newer version of CalmReply than this one (${SCHEMA_VERSION})`,
        'the settings this version understands were kept and the original was saved as a backup',
      ),
    );
  }
  const validated = validateSettings(value);
  // A newer version's value fails the version check by design; that is reported above instead.
  errors.push(...validated.errors.filter((e) => !(fromVersion > SCHEMA_VERSION && e.path === 'schemaVersion')));
  const changed = errors.length > 0 || fromVersion !== SCHEMA_VERSION;
  return { settings: validated.settings, errors, backup: changed ? raw : null, fromVersion, changed };
}
