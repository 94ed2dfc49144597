import { runInNewContext } from 'node:vm';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultSettings, SCHEMA_VERSION } from '../../../src/core/settings/defaults.ts';
import { isValidSettings } from '../../../src/core/settings/schema.ts';
import { validateSettings } from '../../../src/core/settings/validate.ts';

type Loose = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

function good(): Loose {
  const s = defaultSettings() as unknown as Loose;
  s['practice'].name = 'The Riverside Surgery';
  s['practice'].phone = '01234 567890';
  s['categories'].urgent.extraPhrases = ['collapsed', 'can’t wake'];
  return s;
}

describe('validateSettings', () => {
  it('returns valid settings unchanged, with no errors', () => {
    const input = good();
    const { settings, errors } = validateSettings(input);
    expect(errors).toEqual([]);
    expect(settings).toEqual(input);
    expect(settings).not.toBe(input);
  });

  it.each([
    ['practice.phone', (s: Loose) => { s['practice'].phone = 42; }],
    ['practice.email', (s: Loose) => { s['practice'].email = 'not an email'; }],
    ['practice.staffInitials', (s: Loose) => { s['practice'].staffInitials = 'TOOLONG'; }],
    ['practice.region', (s: Loose) => { s['practice'].region = 'atlantis'; }],
    ['categories.urgent.enabled', (s: Loose) => { s['categories'].urgent.enabled = 'yes'; }],
    ['categories.complaint.extraPhrases', (s: Loose) => { s['categories'].complaint.extraPhrases = 'rude'; }],
    ['categories.praise.templates', (s: Loose) => { s['categories'].praise.templates = null; }],
    ['complaintsNote.text', (s: Loose) => { s['complaintsNote'].text = 'x'.repeat(5000); }],
    ['schemaVersion', (s: Loose) => { s['schemaVersion'] = 'one'; }],
  ])('resets a bad %s to its default and keeps the good fields', (path, breakIt) => {
    const input = good();
    breakIt(input);
    const { settings, errors } = validateSettings(input);
    expect(isValidSettings(settings)).toBe(true);
    expect(errors.map((e) => e.path)).toEqual([path]);
    expect(errors[0]?.kind).toBe('invalid');
    expect(errors[0]?.message).toMatch(/default|set to/u);
    const defaults = defaultSettings() as unknown as Loose;
    const at = (obj: Loose, p: string) => p.split('.').reduce((o: Loose, k) => o[k], obj);
    expect(at(settings as unknown as Loose, path)).toEqual(at(defaults, path));
    expect(settings.practice.name).toBe('The Riverside Surgery');
    expect(settings.categories.urgent.extraPhrases.length).toBeGreaterThan(0);
  });

  it('drops bad list items one by one, listing each', () => {
    const input = good();
    input['categories'].urgent.extraPhrases = ['ok', '', 5, 'fine'];
    input['categories'].results.templates = [
      { id: 'r1', title: 'One', text: 'Fine' },
      { id: 'r2', title: 'Two' },
      { id: 'r3', title: 'Three', text: 'Also fine', colour: 'red' },
    ];
    const { settings, errors } = validateSettings(input);
    expect(settings.categories.urgent.extraPhrases).toEqual(['ok', 'fine']);
    // A template with an unknown key keeps its text; one without text cannot be kept.
    expect(settings.categories.results.templates).toEqual([
      { id: 'r1', title: 'One', text: 'Fine' },
      { id: 'r3', title: 'Three', text: 'Also fine' },
    ]);
    expect(errors.map((e) => e.path).sort()).toEqual([
      'categories.results.templates[1]',
      'categories.results.templates[2].colour',
      'categories.urgent.extraPhrases[1]',
      'categories.urgent.extraPhrases[2]',
    ]);
    expect(errors.find((e) => e.path === 'categories.results.templates[1]')?.message).toBe(
      "The Results category's template 2, text, is missing, so the template was left out.",
    );
    expect(validateSettings({ ...input, complaintsNote: 'note' }).errors.at(-1)?.message).toBe(
      'The complaints note was not in the right form, so the defaults are used.',
    );
    expect(errors.find((e) => e.path === 'categories.urgent.extraPhrases[1]')?.message).toBe(
      "The Urgent category's extra phrases to match, item 2, must not be blank, so it was left out.",
    );
  });

  it('keeps the first 20 templates and says how many there were', () => {
    const input = good();
    input['categories'].praise.templates = Array.from({ length: 25 }, (_, i) => ({ id: `p${i}`, title: 'T', text: 'x' }));
    const { settings, errors } = validateSettings(input);
    expect(settings.categories.praise.templates).toHaveLength(20);
    expect(errors[0]?.message).toContain('had 25 items');
  });

  it('renames a duplicate template id instead of losing the template', () => {
    const input = good();
    input['categories'].praise.templates = [
      { id: 'a', title: 'A', text: 'x' },
      { id: 'a', title: 'B', text: 'y' },
    ];
    const { settings, errors } = validateSettings(input);
    expect(settings.categories.praise.templates.map((t) => [t.id, t.title])).toEqual([['a', 'A'], ['a-2', 'B']]);
    expect(errors.map((e) => e.path)).toEqual(['categories.praise.templates[1].id']);
  });

  it('fills missing fields from the defaults and lists them as missing', () => {
    const input = good();
    delete input['practice'].signature;
    delete input['categories'].abuse;
    const { settings, errors } = validateSettings(input);
    expect(errors.map((e) => [e.path, e.kind])).toEqual([
      ['practice.signature', 'missing'],
      ['categories.abuse', 'missing'],
    ]);
    expect(settings.categories.abuse).toEqual(defaultSettings().categories.abuse);
  });

  it('drops unknown keys at every level and lists them', () => {
    const input = good();
    input['theme'] = 'dark';
    input['practice'].fax = '0123';
    input['categories'].spam = { enabled: true };
    input['categories'].urgent.colour = 'red';
    const { settings, errors } = validateSettings(input);
    expect(isValidSettings(settings)).toBe(true);
    expect(errors.map((e) => [e.path, e.kind])).toEqual([
      ['theme', 'unknown'],
      ['practice.fax', 'unknown'],
      ['categories.spam', 'unknown'],
      ['categories.urgent.colour', 'unknown'],
    ]);
  });

  it('ignores prototype-pollution keys and never lets them through', () => {
    const input = JSON.parse(
      '{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}, "schemaVersion": 1,' +
        ' "practice": {"__proto__": {"name": "evil"}}}',
    ) as unknown;
    const { settings, errors } = validateSettings(input);
    expect(isValidSettings(settings)).toBe(true);
    expect(({} as Loose)['polluted']).toBeUndefined();
    expect(Object.getPrototypeOf(settings)).toBe(Object.prototype);
    expect(errors.filter((e) => e.kind === 'unknown').map((e) => e.path)).toEqual(['__proto__', 'constructor', 'practice.__proto__']);
  });

  it.each([null, undefined, 42, 'settings', [], [1, 2], true, 'x'.repeat(10_000_000), new Date(0), () => 1])(
    'returns the defaults for %#: a non-object',
    (input) => {
      const { settings, errors } = validateSettings(input);
      expect(settings).toEqual(defaultSettings());
      expect(errors).toHaveLength(1);
      expect(errors[0]?.path).toBe('');
    },
  );

  it('survives a value whose getters throw', () => {
    const input = good();
    Object.defineProperty(input, 'practice', { enumerable: true, get: () => { throw new Error('boom'); } });
    const { settings, errors } = validateSettings(input);
    expect(settings).toEqual(defaultSettings());
    expect(errors.at(-1)?.message).toMatch(/could not be read/u);
  });

  it('always sets the current schemaVersion', () => {
    expect(validateSettings({ schemaVersion: 99 }).settings.schemaVersion).toBe(SCHEMA_VERSION);
  });

  it('never throws and always returns valid settings, whatever it is given', () => {
    fc.assert(
      fc.property(fc.anything({ withObjectString: true, withNullPrototype: true, withMap: true, withSet: true, withBigInt: true, withDate: true, withTypedArray: true, withSparseArray: true }), (input) => {
        const { settings, errors } = validateSettings(input);
        expect(isValidSettings(settings)).toBe(true);
        expect(Array.isArray(errors)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('repairs randomly damaged settings into valid ones, keeping what was valid', () => {
    const damage = fc.record({
      practice: fc.dictionary(fc.constantFrom('name', 'phone', 'email', 'region', 'staffInitials', 'other'), fc.anything()),
      urgent: fc.dictionary(fc.constantFrom('enabled', 'extraPhrases', 'templates', 'x'), fc.anything()),
    });
    fc.assert(
      fc.property(damage, ({ practice, urgent }) => {
        const input = good();
        Object.assign(input['practice'], practice);
        Object.assign(input['categories'].urgent, urgent);
        const { settings } = validateSettings(input);
        expect(isValidSettings(settings)).toBe(true);
        expect(settings.categories.complaint).toEqual(defaultSettings().categories.complaint);
      }),
      { numRuns: 300 },
    );
  });
});

describe('validateSettings on unusual objects', () => {
  it('lists the first 20 unknown keys of an object and counts the rest', () => {
    const input = good();
    for (let i = 0; i < 1000; i++) input[`junk${i}`] = i;
    const { errors } = validateSettings(input);
    expect(errors).toHaveLength(21);
    expect(errors.at(-1)?.message).toBe('980 more unknown keys were found, so they were left out.');
  });

  it('accepts objects without a prototype, as made by some parsers', () => {
    const input = Object.assign(Object.create(null) as Loose, good());
    expect(validateSettings(input).errors).toEqual([]);
  });

  it('accepts settings made in another realm (a frame, another context)', () => {
    const foreign = runInNewContext(`(${JSON.stringify(good())})`) as Loose;
    expect(Object.getPrototypeOf(foreign)).not.toBe(Object.prototype);
    expect(validateSettings(foreign)).toEqual({ settings: good(), errors: [] });
  });

  it('refuses class instances, Maps and Dates in place of objects', () => {
    const input = good();
    input['practice'] = new Map(Object.entries(input['practice']));
    expect(validateSettings(input).errors.map((e) => e.path)).toEqual(['practice']);
  });
});
