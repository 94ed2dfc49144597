/**
 * The tagger never breaks on what the public types: any text gives known tags with reasons,
 * the same answer every time, including 50 KB comments and hostile phrases added in Options.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CATEGORY_IDS } from '../../../src/core/categories.ts';
import { classify, type Classification } from '../../../src/core/classifier/index.ts';
import { defaultSettings } from '../../../src/core/settings/defaults.ts';
import { FIFTY_KB_COMMENT, HOSTILE_SAMPLES, hostileText } from './hostile.ts';

function expectWellFormed(result: Classification): void {
  const ids = result.tags.map((t) => t.id);
  for (const id of ids) expect(CATEGORY_IDS).toContain(id);
  expect(new Set(ids).size).toBe(ids.length);
  // Tags come in CATEGORY_IDS order (the contract in classifier/index.ts).
  expect([...ids].sort((a, b) => CATEGORY_IDS.indexOf(a) - CATEGORY_IDS.indexOf(b))).toEqual(ids);
  for (const tag of result.tags) {
    expect(Number.isFinite(tag.score)).toBe(true);
    expect(tag.score).toBeGreaterThanOrEqual(0);
    expect(tag.score).toBeLessThanOrEqual(1);
    expect(tag.reasons.length).toBeGreaterThan(0);
    for (const reason of tag.reasons) expect(typeof reason).toBe('string');
  }
}

describe('classify on hostile text', { timeout: 60_000 }, () => {
  it.each(HOSTILE_SAMPLES.map((s) => [JSON.stringify(s).slice(0, 60), s]))('handles the sample %s', (_label, text) => {
    expectWellFormed(classify(text));
  });

  it('never throws and returns only known ids with reasons, for any text', () => {
    fc.assert(fc.property(hostileText, (text) => expectWellFormed(classify(text))), { numRuns: 500 });
  });

  it('is deterministic: the same text gives the same tags and reasons', () => {
    fc.assert(fc.property(hostileText, (text) => {
      expect(classify(text)).toEqual(classify(text));
    }), { numRuns: 300 });
  });

  it('reads a 50 KB comment in one call and still finds what is in it', () => {
    expect(FIFTY_KB_COMMENT.length).toBe(50_000);
    const result = classify(FIFTY_KB_COMMENT);
    expectWellFormed(result);
    expect(result.tags.map((t) => t.id)).toContain('prescription');
    expect(classify(FIFTY_KB_COMMENT)).toEqual(result);
  });

  it('reads 50 KB of random text around hostile samples', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 50 }), fc.constantFrom(...HOSTILE_SAMPLES), (filler, hostile) => {
      const big = `${filler} ${hostile} `.repeat(Math.ceil(50_000 / (filler.length + hostile.length + 2))).slice(0, 50_000);
      expectWellFormed(classify(big));
    }), { numRuns: 15 });
  });

  it('treats phrases typed in Options as text, never as patterns', () => {
    fc.assert(fc.property(fc.array(hostileText, { maxLength: 4 }), fc.array(hostileText, { maxLength: 4 }), hostileText, (extra, ignore, text) => {
      const settings = defaultSettings();
      settings.categories.complaint.extraPhrases = [...extra, '(', '[a-', '.*', '\\', 'a{2,'];
      settings.categories.praise.ignorePhrases = ignore;
      expectWellFormed(classify(text, settings));
    }), { numRuns: 300 });
  });

  it('matches a regex-looking phrase from Options literally', () => {
    const settings = defaultSettings();
    // Words that tag nothing by default, so only the added phrase can tag them.
    settings.categories.results.extraPhrases = ['c++ (club)'];
    expect(classify('the c++ (club) meets on tuesdays', settings).tags.map((t) => t.id)).toContain('results');
    expect(classify('the cc (club) meets on tuesdays', settings).tags.map((t) => t.id)).not.toContain('results');
  });
});
