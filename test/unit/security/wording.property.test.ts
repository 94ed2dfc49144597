/** The wording check runs on whatever staff type or paste, so it must never throw or mis-point. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkWording, type WordingRule } from '../../../src/core/wording/index.ts';
import { FIFTY_KB_COMMENT, HOSTILE_SAMPLES, hostileText } from './hostile.ts';

const RULES: readonly WordingRule[] = ['confidentiality', 'clinical', 'argumentative', 'blame', 'shouting', 'placeholder', 'length'];

function expectWellFormed(text: string): void {
  const warnings = checkWording(text);
  for (const w of warnings) {
    expect(RULES).toContain(w.rule);
    expect(w.message.length).toBeGreaterThan(0);
    // A warning that points into the text points at exactly the text it quotes.
    if (w.index !== undefined && w.match !== undefined) {
      expect(w.index).toBeGreaterThanOrEqual(0);
      expect(w.index + w.match.length).toBeLessThanOrEqual(text.length);
      expect(text.slice(w.index, w.index + w.match.length)).toBe(w.match);
    }
  }
}

describe('checkWording on hostile text', { timeout: 60_000 }, () => {
  it.each(HOSTILE_SAMPLES.map((s) => [JSON.stringify(s).slice(0, 60), s]))('handles the sample %s', (_label, text) => {
    expectWellFormed(text);
  });

  it('never throws, and every warning has a known rule and points at its own match', () => {
    fc.assert(fc.property(hostileText, expectWellFormed), { numRuns: 500 });
  });

  it('is deterministic', () => {
    fc.assert(fc.property(hostileText, (text) => {
      expect(checkWording(text)).toEqual(checkWording(text));
    }), { numRuns: 200 });
  });

  it('says a 50 KB text is too long instead of failing', () => {
    expectWellFormed(FIFTY_KB_COMMENT);
    expect(checkWording(FIFTY_KB_COMMENT).map((w) => w.rule)).toContain('length');
  });

  it('never throws on options it does not expect', () => {
    fc.assert(fc.property(hostileText, fc.array(hostileText, { maxLength: 5 }), fc.integer({ min: -5, max: 5000 }), (text, words, maxLength) => {
      const warnings = checkWording(text, { knownPlaceholders: words, allowedCapitals: words, maxLength });
      expect(Array.isArray(warnings)).toBe(true);
    }), { numRuns: 200 });
  });
});
