/**
 * Validate-and-repair (as Dark Reader's validateSettings): bad fields are reset to their default,
 * good ones kept, unknown keys dropped, and every change listed. It never throws, whatever it is
 * given, and never assigns a key taken from the input (so "__proto__" and friends go nowhere).
 */
import * as v from 'valibot';
import { CATEGORY_IDS } from '../categories.ts';
import { defaultSettings, SCHEMA_VERSION } from './defaults.ts';
import { invalid, missing, quoteKey, unknown, type SettingsError } from './errors.ts';
import { CategorySchema, LIMITS, PhraseSchema, PracticeSchema, TemplateSchema } from './schema.ts';
import type { CategorySettings, ReplyTemplate, Settings } from './types.ts';

export type { SettingsError } from './errors.ts';

type Entries = Record<string, v.GenericSchema>;

/**
 * A JSON-like object: its prototype is null or a realm's Object.prototype. Checking for "a root
 * prototype" rather than this realm's Object.prototype keeps objects made in another realm (a
 * frame, a test environment) acceptable while Dates, Maps and class instances are not.
 */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === null || Object.getPrototypeOf(proto) === null;
}

function own(obj: Record<string, unknown>, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(obj, key);
}

function firstIssue(schema: v.GenericSchema, value: unknown): string | null {
  return issueAt(schema, value)?.message ?? null;
}

/** The first problem, and the key inside `value` it concerns (for a template: id, title or text). */
function issueAt(schema: v.GenericSchema, value: unknown): { message: string; key: string | null } | null {
  const result = v.safeParse(schema, value);
  if (result.success) return null;
  const issue = result.issues[0];
  const key: unknown = issue?.path?.[0]?.key;
  if (issue?.expected === 'never' && typeof key === 'string') {
    return { message: `has ${quoteKey(key)}, which is not a CalmReply setting`, key: null };
  }
  const absent = typeof key === 'string' && issue?.received === 'undefined';
  return { message: absent ? 'is missing' : (issue?.message ?? 'is not valid'), key: typeof key === 'string' ? key : null };
}

/** Past this many unknown keys in one object, the rest are counted rather than listed. */
const MAX_UNKNOWN_LISTED = 20;

function listUnknown(obj: Record<string, unknown>, known: readonly string[], path: string, errors: SettingsError[]): void {
  const extra = Object.keys(obj).filter((key) => !known.includes(key));
  for (const key of extra.slice(0, MAX_UNKNOWN_LISTED)) errors.push(unknown(path, key));
  if (extra.length > MAX_UNKNOWN_LISTED) {
    const more = extra.length - MAX_UNKNOWN_LISTED;
    errors.push({ ...unknown(path, `${more} more`), path, detail: `${more} more unknown keys were found.`, message: `${more} more unknown keys were found, so they were left out.` });
  }
}

/** True for a plain object; otherwise reports it missing or malformed (the caller uses defaults). */
function objectOrReported(value: unknown, path: string, errors: SettingsError[]): value is Record<string, unknown> {
  if (value === undefined) errors.push(missing(path));
  else if (!isPlainObject(value)) errors.push(invalid(path, 'was not in the right form', 'the defaults are used'));
  else return true;
  return false;
}

/** Keeps each valid field of a flat object, resets the others to `defaults`. */
function repairFields<T extends object>(value: unknown, defaults: T, entries: Entries, path: string, errors: SettingsError[]): T {
  if (!objectOrReported(value, path, errors)) return defaults;
  listUnknown(value, Object.keys(entries), path, errors);
  const out: Record<string, unknown> = { ...(defaults as Record<string, unknown>) };
  for (const [key, schema] of Object.entries(entries)) {
    const fieldPath = `${path}.${key}`;
    if (!own(value, key)) {
      errors.push(missing(fieldPath));
      continue;
    }
    const problem = firstIssue(schema, value[key]);
    if (problem === null) out[key] = value[key];
    else errors.push(invalid(fieldPath, problem, 'the default is used'));
  }
  return out as T;
}

/** Keeps the valid items of a list (up to `max`) and lists the ones left out. */
function repairList<T>(
  value: unknown,
  defaults: T[],
  item: v.GenericSchema,
  max: number,
  path: string,
  errors: SettingsError[],
  dropped = 'it was left out',
): T[] {
  if (value === undefined) {
    errors.push(missing(path));
    return defaults;
  }
  if (!Array.isArray(value)) {
    errors.push(invalid(path, 'was not a list', 'the default is used'));
    return defaults;
  }
  const out: T[] = [];
  const length = value.length;
  for (let i = 0; i < Math.min(length, max); i++) {
    const issue = issueAt(item, value[i]);
    if (issue === null) out.push(value[i] as T);
    else if (issue.key === null) errors.push(invalid(`${path}[${i}]`, issue.message, dropped));
    else errors.push(invalid(`${path}[${i}]`, issue.message, dropped, `${path}[${i}].${issue.key}`));
  }
  if (length > max) {
    errors.push(invalid(path, `had ${length.toLocaleString('en-GB')} items; the most allowed is ${max}`, `only the first ${max} were kept`));
  }
  return out;
}

function dedupeTemplateIds(templates: ReplyTemplate[], path: string, errors: SettingsError[]): ReplyTemplate[] {
  const seen = new Set<string>();
  return templates.map((t, i) => {
    if (!seen.has(t.id)) {
      seen.add(t.id);
      return t;
    }
    let n = 2;
    const stem = t.id.slice(0, LIMITS.templateId - 4);
    while (seen.has(`${stem}-${n}`)) n++;
    const id = `${stem}-${n}`;
    seen.add(id);
    errors.push(invalid(`${path}[${i}].id`, `was the same as another template's id ("${t.id}")`, `it was changed to "${id}"`));
    return { ...t, id };
  });
}

const TEMPLATE_KEYS = Object.keys(TemplateSchema.entries);

/** A template with an extra key keeps its text: only the extra key goes (and is listed). */
function withoutUnknownTemplateKeys(list: unknown, path: string, errors: SettingsError[]): unknown {
  if (!Array.isArray(list)) return list;
  const copy: unknown[] = list.slice();
  for (let i = 0; i < Math.min(copy.length, LIMITS.templatesPerCategory); i++) {
    const item = copy[i];
    if (!isPlainObject(item) || Object.keys(item).every((key) => TEMPLATE_KEYS.includes(key))) continue;
    listUnknown(item, TEMPLATE_KEYS, `${path}[${i}]`, errors);
    copy[i] = Object.fromEntries(TEMPLATE_KEYS.filter((key) => own(item, key)).map((key) => [key, item[key]]));
  }
  return copy;
}

function repairCategory(value: unknown, defaults: CategorySettings, path: string, errors: SettingsError[]): CategorySettings {
  if (!objectOrReported(value, path, errors)) return defaults;
  listUnknown(value, Object.keys(CategorySchema.entries), path, errors);
  const enabled = repairFields(
    own(value, 'enabled') ? { enabled: value['enabled'] } : {},
    { enabled: defaults.enabled },
    { enabled: CategorySchema.entries.enabled },
    path,
    errors,
  ).enabled;
  const templates = repairList<ReplyTemplate>(withoutUnknownTemplateKeys(value['templates'], `${path}.templates`, errors), defaults.templates, TemplateSchema, LIMITS.templatesPerCategory, `${path}.templates`, errors, 'the template was left out');
  return {
    enabled,
    extraPhrases: repairList<string>(value['extraPhrases'], defaults.extraPhrases, PhraseSchema, LIMITS.phrasesPerList, `${path}.extraPhrases`, errors),
    ignorePhrases: repairList<string>(value['ignorePhrases'], defaults.ignorePhrases, PhraseSchema, LIMITS.phrasesPerList, `${path}.ignorePhrases`, errors),
    templates: dedupeTemplateIds(templates.map((t) => ({ id: t.id, title: t.title, text: t.text })), `${path}.templates`, errors),
  };
}

function repair(input: unknown, errors: SettingsError[]): Settings {
  const defaults = defaultSettings();
  if (!isPlainObject(input)) {
    errors.push(invalid('', 'was not a settings object', 'the defaults are used'));
    return defaults;
  }
  listUnknown(input, ['schemaVersion', 'practice', 'categories', 'complaintsNote'], '', errors);
  if (!own(input, 'schemaVersion')) errors.push(missing('schemaVersion'));
  else if (input['schemaVersion'] !== SCHEMA_VERSION) {
    errors.push(invalid('schemaVersion', `was not ${SCHEMA_VERSION}`, `it was set to ${SCHEMA_VERSION}`));
  }
  const practice = repairFields(input['practice'], defaults.practice, PracticeSchema.entries, 'practice', errors);

  const categories = defaults.categories;
  const rawCategories = input['categories'];
  if (rawCategories === undefined) errors.push(missing('categories'));
  else if (!isPlainObject(rawCategories)) errors.push(invalid('categories', 'was not in the right form', 'the defaults are used'));
  else {
    listUnknown(rawCategories, CATEGORY_IDS, 'categories', errors);
    for (const id of CATEGORY_IDS) {
      categories[id] = repairCategory(rawCategories[id], defaults.categories[id], `categories.${id}`, errors);
    }
  }

  const complaintsNote = repairFields(input['complaintsNote'], defaults.complaintsNote, TemplateSchema.entries, 'complaintsNote', errors);
  return { schemaVersion: SCHEMA_VERSION, practice, categories, complaintsNote };
}

/**
 * Returns valid settings built from `input`: every valid field kept, every invalid, missing or
 * unknown one listed in `errors`. Expects the current version's shape (run migrateSettings first).
 */
export function validateSettings(input: unknown): { settings: Settings; errors: SettingsError[] } {
  const errors: SettingsError[] = [];
  try {
    return { settings: repair(input, errors), errors };
  } catch {
    // Only exotic values get here (a Proxy or getter that throws); nothing of them can be trusted.
    return {
      settings: defaultSettings(),
      errors: [...errors, invalid('', 'could not be read', 'the defaults are used')],
    };
  }
}
