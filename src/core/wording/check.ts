/**
 * The wording check shown live beside each template (and run by `npm run check-wording`). It is
 * advice for the member of staff, not a gate: each warning says what to change.
 */
import { checkPlaceholders, DEFAULT_KNOWN_PLACEHOLDERS } from './placeholders.ts';
import { PHRASE_RULES, RULE_REASONS } from './rules.ts';
import { checkShouting } from './shouting.ts';
import type { WordingOptions, WordingWarning } from './types.ts';

/** Facebook takes much longer comments, but a reply longer than this is not read on a phone. */
export const DEFAULT_MAX_LENGTH = 1000;

/** Straightens curly apostrophes so the rules need only one spelling; keeps every index. */
function normalise(text: string): string {
  return text.replace(/[\u2018\u2019\u02bc]/gu, "'");
}

function checkPhrases(text: string): WordingWarning[] {
  const warnings: WordingWarning[] = [];
  // One warning per stretch of text and rule: overlapping patterns say the same thing once.
  const taken: { rule: string; start: number; end: number }[] = [];
  for (const { rule, pattern, advice } of PHRASE_RULES) {
    for (const m of text.matchAll(pattern)) {
      const start = m.index;
      const end = start + m[0].length;
      if (m[0].trim() === '') continue;
      if (taken.some((t) => t.rule === rule && start < t.end && end > t.start)) continue;
      taken.push({ rule, start, end });
      const match = m[0].trim();
      const index = start + m[0].length - m[0].trimStart().length;
      warnings.push({ rule, message: `Avoid "${match}": it ${RULE_REASONS[rule]}. ${advice}`, match, index });
    }
  }
  return warnings;
}

function checkLength(text: string, maxLength: number): WordingWarning[] {
  const length = [...text].length;
  if (length <= maxLength) return [];
  return [{
    rule: 'length',
    message:
      `This reply is ${length.toLocaleString('en-GB')} characters long, too long for a Facebook comment reply ` +
      `(keep it to ${maxLength.toLocaleString('en-GB')}). Cut ${(length - maxLength).toLocaleString('en-GB')} ` +
      'characters, or offer to give the details by phone or email.',
  }];
}

export function checkWording(text: string, opts: WordingOptions = {}): WordingWarning[] {
  if (typeof text !== 'string' || text === '') return [];
  const normalised = normalise(text);
  const warnings = [
    ...checkPhrases(normalised),
    ...checkShouting(normalised, opts.allowedCapitals),
    ...checkPlaceholders(text, opts.knownPlaceholders ?? DEFAULT_KNOWN_PLACEHOLDERS),
    ...checkLength(text, opts.maxLength ?? DEFAULT_MAX_LENGTH),
  ];
  for (const w of warnings) {
    if (w.match !== undefined && w.index !== undefined) w.match = text.slice(w.index, w.index + w.match.length);
  }
  return warnings.sort((a, b) => (a.index ?? Infinity) - (b.index ?? Infinity));
}
