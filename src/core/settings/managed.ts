/**
 * Settings pushed by the practice's IT through browser policy (`storage.managed`). Managed values
 * override local ones and are shown as locked in the options page. The managed shape is flat, as
 * policy tools like it:
 *
 *   {
 *     practice?: { name?, phone?, email?, website?, bookingInfo?, complaintsLead?,
 *                  complaintsContact?, signature?, region? },        // not staffInitials: per person
 *     templates?: { [categoryId]: [{ id?, title?, text }] },        // replaces that category's list
 *     complaintsNote?: string                                       // the note's text
 *   }
 *
 * Chrome and Edge read it from the policy described by managed_schema.json (repo root, named in
 * the manifest's storage.managed_schema). Firefox reads the same object from policies.json under
 * "3rdparty" → "Extensions" → the add-on's id; see docs/managed-settings.md. Every managed value
 * is validated like local settings; an invalid one is ignored (the local value stays) and reported.
 */
import * as v from 'valibot';
import { isCategoryId } from '../categories.ts';
import { invalid, unknown, type SettingsError } from './errors.ts';
import { LIMITS, PracticeSchema, TemplateListSchema } from './schema.ts';
import type { PracticeDetails, ReplyTemplate, Settings } from './types.ts';
import { isPlainObject } from './validate.ts';

/** Practice fields IT may set; staff initials belong to the person at this browser. */
export const MANAGED_PRACTICE_FIELDS = [
  'name',
  'phone',
  'email',
  'website',
  'bookingInfo',
  'complaintsLead',
  'complaintsContact',
  'signature',
  'region',
] as const satisfies readonly (keyof PracticeDetails)[];

export interface ManagedResult {
  settings: Settings;
  /** Paths the options page must show as locked, e.g. "practice.phone", "categories.urgent.templates", "complaintsNote". */
  locked: Set<string>;
  errors: SettingsError[];
}

const IGNORED = 'the practice\'s managed value was ignored and the local one kept';

function problemOf(schema: v.GenericSchema, value: unknown): string | null {
  const result = v.safeParse(schema, value);
  return result.success ? null : (result.issues[0]?.message ?? 'is not valid');
}

/** Managed templates may leave out ids and titles: policy authors only care about the text. */
function normaliseTemplates(categoryId: string, value: unknown): unknown {
  if (!Array.isArray(value)) return value;
  return value.map((item: unknown, i) => {
    if (!isPlainObject(item)) return item;
    const out: Record<string, unknown> = { ...item };
    if (!Object.prototype.hasOwnProperty.call(item, 'id')) out['id'] = `managed-${categoryId}-${i + 1}`;
    if (!Object.prototype.hasOwnProperty.call(item, 'title')) out['title'] = `Reply ${i + 1}`;
    return out;
  });
}

function applyPractice(settings: Settings, managed: unknown, locked: Set<string>, errors: SettingsError[]): void {
  if (!isPlainObject(managed)) {
    errors.push(invalid('practice', 'set by the practice was not in the right form', IGNORED));
    return;
  }
  const allowed: readonly string[] = MANAGED_PRACTICE_FIELDS;
  for (const key of Object.keys(managed)) if (!allowed.includes(key)) errors.push(unknown('practice', key));
  for (const field of MANAGED_PRACTICE_FIELDS) {
    if (!Object.prototype.hasOwnProperty.call(managed, field)) continue;
    const value = managed[field];
    const problem = problemOf(PracticeSchema.entries[field], value);
    if (problem !== null) {
      errors.push(invalid(`practice.${field}`, `${problem} (set by the practice)`, IGNORED));
      continue;
    }
    (settings.practice as unknown as Record<string, unknown>)[field] = value;
    locked.add(`practice.${field}`);
  }
}

function applyTemplates(settings: Settings, managed: unknown, locked: Set<string>, errors: SettingsError[]): void {
  if (!isPlainObject(managed)) {
    errors.push(invalid('categories', 'set by the practice was not in the right form', IGNORED));
    return;
  }
  for (const key of Object.keys(managed)) {
    if (!isCategoryId(key)) {
      errors.push(unknown('categories', key));
      continue;
    }
    const templates = normaliseTemplates(key, managed[key]);
    const problem = problemOf(TemplateListSchema, templates);
    if (problem !== null) {
      errors.push(invalid(`categories.${key}.templates`, `${detailOf(templates) ?? problem} (set by the practice)`, IGNORED));
      continue;
    }
    settings.categories[key].templates = (templates as ReplyTemplate[]).map((t) => ({ id: t.id, title: t.title, text: t.text }));
    locked.add(`categories.${key}.templates`);
  }
}

/** Names which managed template is wrong, not just that one is. */
function detailOf(templates: unknown): string | null {
  if (!Array.isArray(templates)) return null;
  for (let i = 0; i < templates.length; i++) {
    const item: unknown = templates[i];
    if (!isPlainObject(item)) return `had template ${i + 1} not in the right form`;
    if (typeof item['text'] !== 'string') return `had template ${i + 1} without text`;
    if (item['text'].length > LIMITS.templateText) return `had template ${i + 1} longer than ${LIMITS.templateText} characters`;
  }
  return null;
}

/**
 * Lays managed settings over local ones. `managed` is whatever storage.managed returned (an empty
 * object, or undefined where the browser has no managed storage). Never throws; `local` is not changed.
 */
export function applyManaged(local: Settings, managed: unknown): ManagedResult {
  const settings = structuredClone(local);
  const locked = new Set<string>();
  const errors: SettingsError[] = [];
  if (managed === undefined || managed === null) return { settings, locked, errors };
  if (!isPlainObject(managed)) {
    errors.push(invalid('', 'set by the practice (managed settings) was not in the right form', 'it was ignored'));
    return { settings, locked, errors };
  }
  try {
    for (const key of Object.keys(managed)) {
      if (!['practice', 'templates', 'complaintsNote'].includes(key)) errors.push(unknown('', key));
    }
    if (managed['practice'] !== undefined) applyPractice(settings, managed['practice'], locked, errors);
    if (managed['templates'] !== undefined) applyTemplates(settings, managed['templates'], locked, errors);
    const note = managed['complaintsNote'];
    if (note !== undefined) {
      if (typeof note !== 'string' || note.length > LIMITS.templateText || note.trim() === '') {
        errors.push(invalid('complaintsNote', `set by the practice must be text of 1 to ${LIMITS.templateText} characters`, IGNORED));
      } else {
        settings.complaintsNote = { ...settings.complaintsNote, text: note };
        locked.add('complaintsNote');
      }
    }
  } catch {
    errors.push(invalid('', 'set by the practice (managed settings) could not be read', 'it was ignored'));
    return { settings: structuredClone(local), locked: new Set(), errors };
  }
  return { settings, locked, errors };
}

/** True when the options page should not let this path be edited. Locks cover their children. */
export function isLocked(locked: ReadonlySet<string>, path: string): boolean {
  for (const p of locked) if (path === p || path.startsWith(`${p}.`) || path.startsWith(`${p}[`)) return true;
  return false;
}
