/**
 * Settings migrations, keyed by the version they upgrade FROM. Each takes a value of that version
 * and returns the next version's shape; validateSettings then repairs whatever is left.
 * Migrations never throw and never change their input (the caller may keep it as a backup).
 *
 * Version 0 is the flat shape of CalmReply's first prototype, kept so the mechanism is real:
 *
 *   {
 *     practiceName?: string, practicePhone?: string, practiceEmail?: string,
 *     practiceWebsite?: string, bookingInfo?: string, complaintsContact?: string,
 *     signature?: string, staffInitials?: string,
 *     templates?: { [category: string]: string[] }   // reply texts only, no ids or titles
 *   }
 *
 * It had no `schemaVersion`; its category names were plural or camelCase ("complaints",
 * "appointments", "prescriptions", "personalData"), and templates wrote {name} for the
 * commenter's first name and {practice} for the practice name.
 */
import { isCategoryId, type CategoryId } from '../categories.ts';
import { defaultSettings, SCHEMA_VERSION } from './defaults.ts';

export type Migration = (old: Record<string, unknown>) => Record<string, unknown>;

const V0_CATEGORY_NAMES: Record<string, CategoryId> = {
  complaints: 'complaint',
  appointments: 'appointment',
  prescriptions: 'prescription',
  personalData: 'personal_data',
  personal_data: 'personal_data',
};

const V0_PRACTICE_FIELDS: Record<string, string> = {
  practiceName: 'name',
  practicePhone: 'phone',
  practiceEmail: 'email',
  practiceWebsite: 'website',
  bookingInfo: 'bookingInfo',
  complaintsContact: 'complaintsContact',
  signature: 'signature',
  staffInitials: 'staffInitials',
};

function lookup<T>(table: Record<string, T>, key: string): T | undefined {
  return Object.prototype.hasOwnProperty.call(table, key) ? table[key] : undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Sets an own property even for keys like "__proto__", which plain assignment would not. */
function setOwn(obj: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(obj, key, { value, enumerable: true, writable: true, configurable: true });
}

function v0Text(text: unknown): unknown {
  return typeof text === 'string' ? text.replace(/\{name\}/gu, '{firstName}').replace(/\{practice\}/gu, '{practiceName}') : text;
}

function migrateV0(old: Record<string, unknown>): Record<string, unknown> {
  // What v0 never had (titles, phrases, switches, region, the complaints note) comes from today's defaults.
  const base = defaultSettings();
  const practice: Record<string, unknown> = { ...base.practice };
  const out: Record<string, unknown> = { schemaVersion: 1, practice, complaintsNote: base.complaintsNote };
  for (const [key, value] of Object.entries(old)) {
    const field = lookup(V0_PRACTICE_FIELDS, key);
    if (field !== undefined) practice[field] = value;
    // Anything else is passed on as it is, so that validation lists it rather than it vanishing.
    else if (key !== 'templates' && key !== 'schemaVersion') setOwn(out, key, value);
  }
  const categories: Record<string, unknown> = { ...base.categories };
  const templates = old['templates'];
  if (isRecord(templates)) {
    for (const [name, texts] of Object.entries(templates)) {
      const id = lookup(V0_CATEGORY_NAMES, name) ?? name;
      const rules = isCategoryId(id) ? base.categories[id] : { enabled: true, extraPhrases: [], ignorePhrases: [] };
      setOwn(categories, id, {
        ...rules,
        templates: Array.isArray(texts)
          ? texts.map((text, i) => ({ id: `${id}-v0-${i + 1}`, title: `Reply ${i + 1}`, text: v0Text(text) }))
          : texts,
      });
    }
  } else if (templates !== undefined) {
    out['templates'] = templates;
  }
  out['categories'] = categories;
  return out;
}

/** Keyed by the version each migration upgrades from: migrations[0] turns v0 into v1. */
export const migrations: Readonly<Record<number, Migration>> = {
  0: migrateV0,
};

/** Keys only version 1 and later have: an object with any of them is not the v0 shape. */
const V1_KEYS = ['practice', 'categories', 'complaintsNote'];

/**
 * The version a stored or imported value says it is: its integer `schemaVersion`; for an object
 * without one, 0 when it has the v0 shape, else SCHEMA_VERSION (a current object that lost its
 * version number, which validation reports). NaN when the value has a schemaVersion that is not a
 * whole number, or is not an object at all: nothing can be migrated then.
 */
export function versionOf(raw: unknown): number {
  if (!isRecord(raw)) return Number.NaN;
  if (!Object.prototype.hasOwnProperty.call(raw, 'schemaVersion')) {
    return V1_KEYS.some((key) => Object.prototype.hasOwnProperty.call(raw, key)) ? SCHEMA_VERSION : 0;
  }
  const version = raw['schemaVersion'];
  return typeof version === 'number' && Number.isInteger(version) && version >= 0 ? version : Number.NaN;
}

/**
 * Brings `raw` up to SCHEMA_VERSION. `fromVersion` is what it was: greater than SCHEMA_VERSION means
 * a newer CalmReply wrote it (an error for import, a repair for stored data), NaN means it had no
 * usable version; in both cases `value` is returned unchanged.
 */
export function migrateSettings(raw: unknown): { value: unknown; fromVersion: number } {
  const fromVersion = versionOf(raw);
  if (Number.isNaN(fromVersion) || fromVersion >= SCHEMA_VERSION) return { value: raw, fromVersion };
  let value = raw as Record<string, unknown>;
  for (let version = fromVersion; version < SCHEMA_VERSION; version++) {
    const migration = migrations[version];
    if (!migration) break;
    try {
      value = migration(value);
    } catch {
      break; // validation repairs what the migration could not
    }
  }
  return { value, fromVersion };
}
