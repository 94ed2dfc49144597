import { describe, expect, it } from 'vitest';
import { CATEGORY_IDS } from '../../../src/core/categories.ts';
import { defaultSettings } from '../../../src/core/settings/defaults.ts';
import { DEFAULT_COMPLAINTS_NOTE, DEFAULT_TEMPLATES } from '../../../src/core/templates/defaults.ts';
import { isPlaceholderName, placeholdersIn } from '../../../src/core/templates/placeholders.ts';
import { isReadyToInsert, renderTemplate } from '../../../src/core/templates/render.ts';
import { checkWording } from '../../../src/core/wording/index.ts';
import { FULL_PRACTICE } from './practice.ts';

const ALL = [
  ...CATEGORY_IDS.flatMap((category) => DEFAULT_TEMPLATES[category].map((t) => ({ category, ...t }))),
  { category: 'complaints note', ...DEFAULT_COMPLAINTS_NOTE },
];

// Phrases the practice's rules forbid in any reply (DESIGN.md, "Why").
const NEVER = [
  'your results',
  'your test results',
  'your prescription has been',
  'your prescription is',
  'we saw you',
  'your notes',
  'your records',
  'your care',
  'your treatment',
  'your doctor',
  'your gp',
  'as our patient',
  'a patient here',
  'actually',
  "as we've already said",
  'as we have already said',
  "i'm sorry you feel",
  'sorry you feel',
  'sorry if you',
  'calm down',
  'unfortunately',
];

describe('default templates', () => {
  it('gives every category at least two templates, with unique ids and titles', () => {
    for (const category of CATEGORY_IDS) {
      const templates = DEFAULT_TEMPLATES[category];
      expect(templates.length, category).toBeGreaterThanOrEqual(2);
      expect(new Set(templates.map((t) => t.title)).size, category).toBe(templates.length);
    }
    const ids = ALL.map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  describe.each(ALL)('$category: $id', (template) => {
    const rendered = renderTemplate(template.text, { firstName: 'Jane', practice: FULL_PRACTICE });

    it('uses only known placeholders and ends with the signature', () => {
      for (const name of placeholdersIn(template.text)) expect(isPlaceholderName(name), name).toBe(true);
      expect(template.text.trimEnd().endsWith('{signature}')).toBe(true);
      expect(template.title.trim()).not.toBe('');
    });

    it('renders completely with every practice detail set', () => {
      expect(rendered.text).not.toMatch(/[{}]/);
      expect(rendered.missing).toEqual([]);
      expect(isReadyToInsert(rendered)).toBe(true);
    });

    it('keeps its line breaks', () => {
      const breaks = (s: string) => s.split('\n').length - 1;
      expect(breaks(rendered.text)).toBe(breaks(template.text));
    });

    it('is short enough to read on a phone', () => {
      expect(template.text.length).toBeLessThanOrEqual(600);
      expect(rendered.text.length).toBeLessThanOrEqual(700);
    });

    it('never confirms care, argues or shouts', () => {
      const lower = rendered.text.toLowerCase().replace(/’/g, "'");
      for (const phrase of NEVER) expect(lower, phrase).not.toContain(phrase);
      expect(rendered.text).not.toContain('!');
      expect(lower).not.toMatch(/\bpatients?\b/);
      // Capitals only in acronyms the reply needs.
      const capitalWords = rendered.text.match(/\b[A-Z]{2,}\b/g) ?? [];
      for (const word of capitalWords) expect(['NHS', 'GP', 'AK', 'A']).toContain(word);
    });

    it('passes the wording check with no warnings, as written and as rendered', () => {
      expect(checkWording(template.text)).toEqual([]);
      expect(checkWording(rendered.text)).toEqual([]);
    });

    it('reads naturally without a first name', () => {
      const unnamed = renderTemplate(template.text, { practice: FULL_PRACTICE }).text;
      expect(unnamed).not.toMatch(/ ,|,,|, \.|,\.| {2}|^\s|\n\s|^[a-z]/m);
      expect(unnamed).not.toContain('{');
    });
  });

  it.each(ALL.filter((t) => t.category !== 'praise'))('$id gives an offline route', (template) => {
    expect(template.text).toMatch(/\{(?:phone|email|complaintsContact|bookingInfo|website)\}|NHS App|999/);
  });

  it('puts 999 and NHS 111 in the first line of every urgent reply', () => {
    for (const template of DEFAULT_TEMPLATES.urgent) {
      const firstLine = template.text.split('\n')[0] ?? '';
      expect(firstLine).toMatch(/^If this is an emergency, please call 999 now\./);
      expect(firstLine).toContain('NHS 111');
      expect(firstLine).toContain('111.nhs.uk');
    }
  });

  it('has some multi-line templates, so line breaks matter', () => {
    expect(ALL.filter((t) => t.text.includes('\n')).length).toBeGreaterThanOrEqual(8);
  });

  it('words the complaints note for the complaints procedure', () => {
    const text = DEFAULT_COMPLAINTS_NOTE.text;
    expect(DEFAULT_COMPLAINTS_NOTE.title).toBe('Move to complaints');
    expect(text).toMatch(/^Thank you/);
    expect(text).toContain("sorry to hear");
    expect(text).toContain("can't discuss anything about anyone's care here");
    expect(text).toContain('{complaintsContact}');
    expect(text).toContain('under our complaints procedure');
  });

  it('suggests removing personal details without saying CalmReply hides anything itself', () => {
    for (const template of DEFAULT_TEMPLATES.personal_data) {
      expect(template.text).toMatch(/edit or (?:delete|remove)/);
      expect(template.text).toMatch(/public/);
    }
  });

  it('thanks praise and passes it on without confirming a visit', () => {
    for (const template of DEFAULT_TEMPLATES.praise) {
      expect(template.text).toMatch(/^Thank you/);
      expect(template.text).toMatch(/pass .* on to the team/);
    }
  });

  it('states zero tolerance neutrally in abuse replies', () => {
    for (const template of DEFAULT_TEMPLATES.abuse) expect(template.text).toContain('zero-tolerance policy');
  });

  it('is what fresh settings start with', () => {
    const settings = defaultSettings();
    for (const category of CATEGORY_IDS) {
      expect(settings.categories[category].templates).toEqual(DEFAULT_TEMPLATES[category]);
    }
    expect(settings.complaintsNote).toEqual(DEFAULT_COMPLAINTS_NOTE);
  });
});
