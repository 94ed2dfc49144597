/** What validate-and-repair found wrong, in words a member of staff can act on. */
import { CATEGORY_META, isCategoryId } from '../categories.ts';

export interface SettingsError {
  /** Where, e.g. "practice.phone", "categories.urgent.templates[2].text"; "" for the whole value. */
  path: string;
  /** A full British-English sentence saying what was wrong and what was done about it. */
  message: string;
  /** invalid: present but wrong; missing: absent (default used); unknown: not a setting (dropped). */
  kind: 'invalid' | 'missing' | 'unknown';
  /** The problem alone, without what repair did ("Practice phone number must be …"). */
  detail: string;
}

const PRACTICE_LABELS: Record<string, string> = {
  name: 'Practice name',
  phone: 'Practice phone number',
  email: 'Practice email address',
  website: 'Practice website',
  bookingInfo: 'How to book',
  complaintsLead: 'Complaints lead',
  complaintsContact: 'Complaints contact',
  signature: 'Signature',
  staffInitials: 'Staff initials',
  region: 'Where the practice is (urgent advice and bank holidays)',
};

const CATEGORY_FIELD_LABELS: Record<string, string> = {
  enabled: 'on/off switch',
  extraPhrases: 'extra phrases to match',
  ignorePhrases: 'phrases to ignore',
  templates: 'reply templates',
};

const TEMPLATE_FIELD_LABELS: Record<string, string> = { id: 'id', title: 'title', text: 'text' };

/** A label by key, safe for keys such as "__proto__" that plain indexing would resolve. */
function pick(labels: Record<string, string>, key: string): string | undefined {
  return Object.prototype.hasOwnProperty.call(labels, key) ? labels[key] : undefined;
}

/** Shows a key from outside safely: short, quoted, no control characters. */
export function quoteKey(key: string): string {
  const clean = key.replace(/[\p{Cc}\p{Cf}]/gu, '?');
  return `"${clean.length > 40 ? `${clean.slice(0, 40)}…` : clean}"`;
}

/** A person's name for a settings path: "categories.urgent.templates[2].text" → "Urgent template 3, text". */
export function labelFor(path: string): string {
  if (path === '') return 'The stored value';
  const parts = path.split('.');
  const [head, second, third, fourth] = parts;
  if (head === 'schemaVersion') return 'The settings version number';
  if (head === 'practice') return second === undefined ? 'The practice details section' : (pick(PRACTICE_LABELS, second) ?? `Practice detail ${quoteKey(second)}`);
  if (head === 'complaintsNote') {
    return second === undefined ? 'The complaints note' : `The complaints note's ${pick(TEMPLATE_FIELD_LABELS, second) ?? second}`;
  }
  if (head === 'categories') {
    if (second === undefined) return 'The categories section';
    const category = isCategoryId(second) ? `The ${CATEGORY_META[second].label} category` : `Category ${quoteKey(second)}`;
    if (third === undefined) return category;
    const item = /^(\w+)\[(\d+)\]$/u.exec(third);
    if (item) {
      const [, field = '', index = '0'] = item;
      const n = Number(index) + 1;
      if (field === 'templates') {
        const base = `${category}'s template ${n}`;
        return fourth === undefined ? base : `${base}, ${pick(TEMPLATE_FIELD_LABELS, fourth) ?? fourth},`;
      }
      return `${category}'s ${pick(CATEGORY_FIELD_LABELS, field) ?? field}, item ${n},`;
    }
    return `${category}'s ${pick(CATEGORY_FIELD_LABELS, third) ?? third}`;
  }
  return `Setting ${quoteKey(path)}`;
}

/** `labelPath` names the part at fault when it is inside `path` (a template's text, say). */
export function invalid(path: string, problem: string, outcome: string, labelPath: string = path): SettingsError {
  const label = labelFor(labelPath);
  return { path, kind: 'invalid', detail: `${label} ${problem}.`, message: `${label} ${problem}, so ${outcome}.` };
}

export function missing(path: string): SettingsError {
  const detail = `${labelFor(path)} was missing.`;
  return { path, kind: 'missing', detail, message: `${labelFor(path)} was missing, so the default is used.` };
}

export function unknown(parentPath: string, key: string): SettingsError {
  const path = parentPath === '' ? key : `${parentPath}.${key}`;
  const where = parentPath === '' ? 'the settings' : labelFor(parentPath).replace(/^The /u, 'the ');
  const detail = `${quoteKey(key)} in ${where} is not a CalmReply setting.`;
  return { path, kind: 'unknown', detail, message: `${detail.slice(0, -1)}, so it was left out.` };
}
