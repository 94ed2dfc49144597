/**
 * The settings schema (valibot), matching types.ts exactly, with the limits that keep stored and
 * imported settings a sensible size. validate.ts repairs field by field with these same pieces,
 * and their messages finish a sentence that starts with the field's label ("… must be 40
 * characters or fewer").
 */
import * as v from 'valibot';
import { CATEGORY_IDS, type CategoryId } from '../categories.ts';
import { SCHEMA_VERSION } from './defaults.ts';
import type { Region, Settings } from './types.ts';

export const LIMITS = {
  practiceName: 120,
  phone: 40,
  email: 254,
  website: 300,
  bookingInfo: 600,
  complaintsLead: 150,
  complaintsContact: 300,
  signature: 150,
  staffInitials: 5,
  templateId: 64,
  templateTitle: 80,
  templateText: 2000,
  templatesPerCategory: 20,
  phrasesPerList: 200,
  phraseLength: 100,
} as const;

export const REGIONS = ['england-and-wales', 'scotland', 'northern-ireland'] as const satisfies readonly Region[];

function text(max: number) {
  return v.pipe(v.string('must be text'), v.maxLength(max, `must be ${max.toLocaleString('en-GB')} characters or fewer`));
}

export const PracticeSchema = v.strictObject({
  name: text(LIMITS.practiceName),
  phone: text(LIMITS.phone),
  email: v.pipe(
    text(LIMITS.email),
    v.regex(/^(?:|[^\s@]+@[^\s@]+\.[^\s@]+)$/u, 'must be an email address like name@example.nhs.uk, or left empty'),
  ),
  website: text(LIMITS.website),
  bookingInfo: text(LIMITS.bookingInfo),
  complaintsLead: text(LIMITS.complaintsLead),
  complaintsContact: text(LIMITS.complaintsContact),
  signature: text(LIMITS.signature),
  staffInitials: v.pipe(
    v.string('must be text'),
    v.regex(/^\p{L}{0,5}$/u, `must be up to ${LIMITS.staffInitials} letters, with no spaces or full stops`),
  ),
  region: v.picklist(REGIONS, 'must be England and Wales, Scotland or Northern Ireland'),
});

export const TemplateIdSchema = v.pipe(
  v.string('must be text'),
  v.regex(/^[A-Za-z0-9_.:-]{1,64}$/u, `must be 1 to ${LIMITS.templateId} letters, digits, dots, colons, hyphens or underscores`),
);

export const TemplateSchema = v.strictObject(
  {
    id: TemplateIdSchema,
    title: text(LIMITS.templateTitle),
    text: text(LIMITS.templateText),
  },
  'must be a template with an id, a title and text',
);

export const PhraseSchema = v.pipe(
  v.string('must be text'),
  v.regex(/\S/u, 'must not be blank'),
  v.maxLength(LIMITS.phraseLength, `must be ${LIMITS.phraseLength} characters or fewer`),
);

export const PhraseListSchema = v.pipe(
  v.array(PhraseSchema, 'must be a list of phrases'),
  v.maxLength(LIMITS.phrasesPerList, `must have ${LIMITS.phrasesPerList} phrases or fewer`),
);

export const TemplateListSchema = v.pipe(
  v.array(TemplateSchema, 'must be a list of templates'),
  v.maxLength(LIMITS.templatesPerCategory, `must have ${LIMITS.templatesPerCategory} templates or fewer`),
  v.check((list) => new Set(list.map((t) => t.id)).size === list.length, 'must not have two templates with the same id'),
);

export const CategorySchema = v.strictObject({
  enabled: v.boolean('must be on or off (true or false)'),
  extraPhrases: PhraseListSchema,
  ignorePhrases: PhraseListSchema,
  templates: TemplateListSchema,
});

export const CategoriesSchema = v.strictObject(
  Object.fromEntries(CATEGORY_IDS.map((id) => [id, CategorySchema])) as Record<CategoryId, typeof CategorySchema>,
);

export const SettingsSchema = v.strictObject({
  schemaVersion: v.pipe(
    v.number('must be a number'),
    v.check((n) => n === SCHEMA_VERSION, `must be ${SCHEMA_VERSION}`),
  ),
  practice: PracticeSchema,
  categories: CategoriesSchema,
  complaintsNote: TemplateSchema,
});

// The schema and the contract in types.ts must describe the same thing, in both directions.
type Output = v.InferOutput<typeof SettingsSchema>;
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const _schemaMatchesTypes: Same<Output, Settings> = true;
void _schemaMatchesTypes;

/** True when `value` is exactly a valid Settings object (no repair needed). */
export function isValidSettings(value: unknown): value is Settings {
  return v.safeParse(SettingsSchema, value).success;
}
