import { describe, expect, it } from 'vitest';
import { CATEGORY_IDS } from '../../../src/core/categories.ts';
import { defaultSettings } from '../../../src/core/settings/defaults.ts';
import { REGIONS } from '../../../src/core/settings/schema.ts';
import type { Region } from '../../../src/core/settings/types.ts';
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

  // Each nation's advice, as the first line of an urgent reply must give it, after 999.
  const URGENT_ADVICE: Record<Region, RegExp> = {
    'england-and-wales': /call NHS 111 or go to 111\.nhs\.uk \(or 111\.wales\.nhs\.uk in Wales\)/,
    scotland: /call NHS 24 on 111 or go to nhs24\.scot/,
    'northern-ireland': /call us or, when we are closed, the GP out-of-hours service/,
  };

  describe.each(REGIONS)('for a practice in %s', (region) => {
    const practice = { ...FULL_PRACTICE, region };
    const render = (text: string) => renderTemplate(text, { firstName: 'Jane', practice }).text;

    it('puts 999 and then the right urgent advice in the first line of every urgent reply', () => {
      for (const template of DEFAULT_TEMPLATES.urgent) {
        const firstLine = render(template.text).split('\n')[0] ?? '';
        expect(firstLine, template.id).toMatch(/^If this is an emergency, please call 999 now\. For urgent help that is not an emergency, /);
        expect(firstLine, template.id).toMatch(URGENT_ADVICE[region]);
        for (const [other, advice] of Object.entries(URGENT_ADVICE)) {
          if (other !== region) expect(firstLine, `${template.id} has ${other}'s advice`).not.toMatch(advice);
        }
      }
    });

    it('gives the same advice wherever a default reply mentions urgent help', () => {
      const withAdvice = ALL.filter((t) => t.text.includes('{urgentHelp}'));
      expect(withAdvice.map((t) => t.id)).toEqual(['urgent-999-111', 'urgent-crisis', 'urgent-short', 'appointment-how-to-book']);
      for (const template of withAdvice) expect(render(template.text), template.id).toMatch(URGENT_ADVICE[region]);
    });

    it.each(ALL)('renders $id completely, passing the wording check', (template) => {
      const text = render(template.text);
      expect(text).not.toMatch(/[{}]/);
      expect(checkWording(text)).toEqual([]);
      if (region === 'northern-ireland') expect(text).not.toContain('111');
    });
  });

  it('leaves NHS 111 out of the templates themselves: the nation decides it', () => {
    for (const template of ALL) expect(template.text, template.id).not.toMatch(/111|nhs24|out-of-hours/i);
  });

  it('keeps the urgent first line in England and Wales as it was, adding the Welsh website', () => {
    const firstLine = renderTemplate(DEFAULT_TEMPLATES.urgent[0]!.text, { practice: FULL_PRACTICE }).text.split('\n')[0];
    expect(firstLine).toBe(
      'If this is an emergency, please call 999 now. For urgent help that is not an emergency, call NHS 111 or go to 111.nhs.uk (or 111.wales.nhs.uk in Wales).',
    );
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
