import { describe, expect, test } from 'vitest';
import { classify } from '../../../src/core/classifier/index.ts';
import { defaultSettings } from '../../../src/core/settings/defaults.ts';

const ids = (text: string, settings = defaultSettings()) => classify(text, settings).tags.map((t) => t.id);

describe('settings extend the knowledge per category', () => {
  test('the defaults behave like no settings at all', () => {
    const text = 'cant get an appt for love nor money, 40 mins on hold';
    expect(classify(text, defaultSettings())).toEqual(classify(text));
  });

  test('an extra phrase tags its category, quoting the phrase', () => {
    const settings = defaultSettings();
    expect(ids('the blue form for the council', settings)).not.toContain('results');
    settings.categories.results.extraPhrases = ['Blue Form'];
    const hit = classify('the blue form for the council', settings).tags.find((t) => t.id === 'results');
    expect(hit?.reasons).toContain("matches your phrase 'blue form'");
  });

  test('extra phrases match whole words, case and punctuation aside', () => {
    const settings = defaultSettings();
    settings.categories.complaint.extraPhrases = ['car park'];
    expect(ids('THE CAR-PARK!!', settings)).toContain('complaint');
    expect(ids('the carpark', settings)).not.toContain('complaint');
    expect(ids('scar parking', settings)).not.toContain('complaint');
  });

  test('phrases are text, not patterns', () => {
    const settings = defaultSettings();
    settings.categories.praise.extraPhrases = ['a.b (c)*'];
    expect(() => classify('anything at all', settings)).not.toThrow();
    expect(ids('aXb c', settings)).not.toContain('praise');
  });

  test('an ignored phrase un-tags its category only', () => {
    const text = 'still waiting for my blood test results, 3 weeks now, shocking';
    expect(ids(text)).toEqual(expect.arrayContaining(['complaint', 'results']));
    const settings = defaultSettings();
    settings.categories.complaint.ignorePhrases = ['blood test'];
    expect(ids(text, settings)).not.toContain('complaint');
    expect(ids(text, settings)).toContain('results');
  });

  test('a disabled category never appears, even with an extra phrase', () => {
    const settings = defaultSettings();
    settings.categories.praise.enabled = false;
    settings.categories.praise.extraPhrases = ['lovely'];
    expect(ids('thank you so much, lovely doctors', settings)).not.toContain('praise');
    settings.categories.urgent.enabled = false;
    expect(ids('crushing chest pain', settings)).not.toContain('urgent');
  });

  test('changing the settings object is picked up (compiled rules are cached per categories object)', () => {
    const settings = defaultSettings();
    expect(ids('the blue form', settings)).toEqual([]);
    settings.categories = { ...settings.categories, prescription: { ...settings.categories.prescription, extraPhrases: ['blue form'] } };
    expect(ids('the blue form', settings)).toEqual(['prescription']);
  });

  test('settings missing a category fall back to the defaults for it', () => {
    const partial = { categories: {} } as unknown as Parameters<typeof classify>[1];
    expect(classify('crushing chest pain', partial).tags.map((t) => t.id)).toEqual(['urgent']);
  });
});
